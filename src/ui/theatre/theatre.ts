// The theatre as the page holds it: the tree of timelines (kept in localStorage), the one shown,
// its week and the perspective it is seen from. Each timeline's game is rebuilt by the engine the
// first time it is shown and kept. No Phaser and no DOM here.
import type { Replay, View } from '../../engine';
import type { PlayedWorld } from '../../report/world';
import { scenarioOf } from '../app';
import type { Outcome } from '../play';
import { TheatreGame, TRUTH, type Perspective, type WeekStep, stepWeek } from './model';
import { addTimeline, treeOrder, type TheatreTree, type Timeline } from './tree';
import { readTree, writeTree } from './tree-store';

/** A view over the board (compare, odds): closed by its button, Escape or leaving the theatre. */
export interface TheatreOverlay {
  close(): void;
  /** Draws it again for the week now shown. */
  refresh?(): void;
}

/** Why a timeline added is not kept: the browser refused to store the tree. */
const UNSTORED = 'this browser would not keep the timelines (its storage is full or turned off): they stay open until this page is closed, so export a replay to keep a game';

export class Theatre {
  selected: string | null;
  week = 0;
  perspective: Perspective = TRUTH;
  /** Whether the theatre's scene shows now (the automation hook then reads it). */
  showing = false;
  private readonly games = new Map<string, Outcome<{ game: TheatreGame }>>();

  private constructor(
    public tree: TheatreTree,
    /** What had to be left out of the stored tree when it was read, or could not be stored: the theatre shows these, then clears them. */
    public problems: string[],
  ) {
    this.selected = tree.at(-1)?.id ?? null;
  }

  /** The tree as stored in this browser. */
  static load(): Theatre {
    const { tree, problems } = readTree();
    return new Theatre(tree, problems);
  }

  /**
   * Adds a game (or brings it up to date) and shows it from its last week; the tree is stored.
   * `played`: the game's world, when it was just played (a share link's), so it is not played again.
   */
  add(replay: Replay, label: string, opts: { parent?: string; fresh?: boolean; played?: PlayedWorld } = {}): string {
    const added = addTimeline(this.tree, replay, label, opts);
    this.tree = added.tree;
    // The world serves only if the timeline holds its very game (not a longer one it already had).
    if (opts.played && this.timeline(added.id)?.replay === opts.played.replay) this.games.set(added.id, { ok: true, game: TheatreGame.of(opts.played) });
    else this.games.delete(added.id);
    if (!writeTree(this.tree)) this.problems.push(UNSTORED);
    this.select(added.id);
    this.week = this.current()?.lastWeek ?? 0;
    return added.id;
  }

  timeline(id: string | null = this.selected): Timeline | null {
    return this.tree.find((t) => t.id === id) ?? null;
  }

  /** The timelines as listed, numbered from 1 (automation ids `theatre.timeline.<i>`). */
  listed(): { timeline: Timeline; depth: number; index: number }[] {
    return treeOrder(this.tree).map((o, i) => ({ ...o, index: i + 1 }));
  }

  /** A timeline's game, rebuilt once, or why it cannot be. */
  game(id: string | null = this.selected): Outcome<{ game: TheatreGame }> {
    const t = this.timeline(id);
    if (!t) return { ok: false, message: 'No game is open in the theatre.' };
    let built = this.games.get(t.id);
    if (!built) {
      const scenario = scenarioOf(t.replay.scenarioId);
      built = scenario ? TheatreGame.build(t.replay, scenario) : { ok: false, message: `This build has no scenario "${t.replay.scenarioId}".` };
      this.games.set(t.id, built);
    }
    return built;
  }

  current(): TheatreGame | null {
    const g = this.game();
    return g.ok ? g.game : null;
  }

  /** Shows another timeline at the same week (within its weeks) and from the same perspective. */
  select(id: string): void {
    if (!this.timeline(id)) return;
    this.selected = id;
    const g = this.current();
    if (g) this.week = g.clamp(this.week);
    if (g && !g.perspectives().includes(this.perspective)) this.perspective = TRUTH;
  }

  step(step: WeekStep): void {
    const g = this.current();
    if (g) this.week = stepWeek(this.week, step, g.lastWeek);
  }

  goTo(week: number): void {
    const g = this.current();
    if (g) this.week = g.clamp(week);
  }

  view(): View | null {
    return this.current()?.view(this.week, this.perspective) ?? null;
  }
}
