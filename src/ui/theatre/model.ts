// One game in the replay theatre: every week's state, rebuilt once from the replay by the engine
// (playWorld: playReplay, every hash checked), and what each side saw of it: the board as its view, and the
// week's news and rolls as it could read them. Week 0 is the opening; week w the state after w
// turns, whose news is the turn that led to it. No Phaser and no DOM here.
import { logFor, viewFor, type ActorId, type GameState, type LogEntry, type Replay, type View } from '../../engine';
import { playWorld, type PlayedWorld } from '../../report/world';
import type { Scenario } from '../../scenario/types';
import { newsFeed, rankNews, type NewsItem } from '../news';
import type { Outcome } from '../play';

/** The perspective that sees everything (the engine's facilitator view). */
export const TRUTH = 'truth';
/** An actor's id, or TRUTH. */
export type Perspective = ActorId;

export type WeekStep = 'prev' | 'next' | 'first' | 'last';

/** The week a step leads to from `week`, within 0…last. */
export function stepWeek(week: number, step: WeekStep, last: number): number {
  switch (step) {
    case 'prev':
      return Math.max(0, week - 1);
    case 'next':
      return Math.min(last, week + 1);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}

/** Which key steps the timeline: ←/→ a week, Home/End to either end. */
export function stepOfKey(key: string): WeekStep | null {
  return ({ ArrowLeft: 'prev', ArrowRight: 'next', Home: 'first', End: 'last' } as const)[key as 'Home'] ?? null;
}

export class TheatreGame {
  private constructor(
    readonly scenario: Scenario,
    readonly replay: Replay,
    /** weeks[w]: the state after w turns. */
    private readonly weeks: readonly GameState[],
    /** logs[w]: the log of the turn that led to week w (none for week 0). */
    private readonly logs: readonly (readonly LogEntry[])[],
  ) {}

  /** The game rebuilt from its replay, or the engine's reason it cannot be (naming the turn). */
  static build(replay: Replay, scenario: Scenario): Outcome<{ game: TheatreGame }> {
    const played = playWorld(replay, scenario);
    return played.ok ? { ok: true, game: TheatreGame.of(played.world) } : { ok: false, message: played.message };
  }

  /** The game of a world already played (by a share link's check, say), every hash checked there. */
  static of(world: PlayedWorld): TheatreGame {
    return new TheatreGame(world.scenario, world.replay, world.states, [[], ...world.logs]);
  }

  /** The last week (the number of turns played). */
  get lastWeek(): number {
    return this.weeks.length - 1;
  }

  state(week: number): GameState {
    return this.weeks[this.clamp(week)];
  }

  clamp(week: number): number {
    return Math.max(0, Math.min(this.lastWeek, Math.trunc(week)));
  }

  /** The actors whose view the theatre offers (those that act, not the background), then the truth. */
  perspectives(): Perspective[] {
    const s = this.weeks[0];
    return [...s.actorOrder.filter((a) => !s.actors[a].background), TRUTH];
  }

  /** The board at a week as the perspective saw it: its own forces, estimates of others', the covert links it knew of. */
  view(week: number, perspective: Perspective): View {
    return viewFor(this.state(week), perspective === TRUTH ? 'facilitator' : perspective);
  }

  /** The log of the turn that led to this week, as the perspective could read it. */
  log(week: number, perspective: Perspective): LogEntry[] {
    return logFor(this.logs[this.clamp(week)], perspective === TRUTH ? 'facilitator' : perspective);
  }

  /**
   * The week's news and rolls: for an actor, what concerned its side and the decisive events
   * first (the News tab's order); for the truth, every headline with each fight's roll.
   */
  news(week: number, perspective: Perspective): NewsItem[] {
    const entries = this.log(week, perspective);
    if (perspective === TRUTH) return newsFeed(entries);
    const state = this.weeks[0];
    const side = [perspective, ...state.actorOrder.filter((a) => state.actors[a].commandedBy === perspective)];
    const ranked = rankNews(entries, side);
    return [...ranked.top, ...ranked.rest];
  }
}
