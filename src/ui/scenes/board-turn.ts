// The board's turn: ending it at the table, then playing the resolved turn back on the map (the
// captures and fights of the week, one step at a time, skippable) and showing its news, or the
// end of the game. One turn's work at a time, in order; the board reads `busy` and `shown` while
// it runs.
import type * as Phaser from 'phaser';
import type { LogEntry, View } from '../../engine';
import type { MapRenderer } from '../board-draw';
import { byId, dialogOpen, h, showDialog } from '../dom';
import { END_TURN_MEASURE, setReady } from '../hook';
import { playbackSteps } from '../news';
import type { SideState } from '../panels/side';
import { playbackText } from '../playback';
import type { Table } from '../table';

const STEP_MS = 650;
const MAX_STEPS = 14;

/** What the turn needs of the board scene it runs on. */
export interface TurnBoard {
  readonly scene: Phaser.Scene;
  readonly table: Table;
  readonly side: SideState;
  readonly map: MapRenderer;
  /** Draw the board and panels again (they read `busy` and `shown`). */
  refresh(): void;
  /** Draw the regions alone, during the playback. */
  redrawRegions(): void;
}

export class BoardTurn {
  /** While a turn resolves or plays back, no orders are taken. */
  busy = false;
  /** The position the board shows instead of the table's, during the playback. */
  shown: View | null = null;
  private skipStep: (() => void) | null = null;
  private work: Promise<void> = Promise.resolve();

  constructor(private readonly board: TurnBoard) {}

  /** Ends the turn (asking first when no orders were given), unless one is already under way. */
  async end(): Promise<void> {
    const { table } = this.board;
    if (this.busy || dialogOpen() || table.endTurnButton().disabled) return;
    if (table.play.pending.length === 0) {
      const q = table.emptyTurn;
      const answer = await showDialog(q.title, q.text, [
        { key: 'ok', label: q.confirm, primary: true },
        { key: 'cancel', label: 'Cancel' },
      ]);
      if (answer !== 'ok') return;
    }
    if (this.busy) return;
    this.serially(() => this.endNow());
  }

  /** A turn resolved elsewhere (a class's server, the other seat): play it back after any under way. */
  resolved(log: readonly LogEntry[], before: View): void {
    this.serially(() => this.show(log, before, null));
  }

  /** Skips the rest of the playback under way, if any. */
  skip(): void {
    this.skipStep?.();
  }

  private serially(work: () => Promise<void>): void {
    this.work = this.work.then(work, work);
  }

  private async endNow(): Promise<void> {
    const { scene, table, side } = this.board;
    setReady('board', false);
    // npm run bench times end turn → next orders on screen, less the playback (END_TURN_MEASURE).
    const started = performance.now();
    this.busy = true;
    side.draft = null;
    const before = table.play.view();
    this.shown = before;
    this.board.refresh();
    await nextFrame();
    const res = await table.endTurn();
    if (res.ok && table.handover?.()) {
      scene.scene.start('handover');
      return;
    }
    if (!res.ok || res.log === null) {
      this.busy = false;
      this.shown = null;
      side.error = res.ok ? null : `The turn could not be resolved: ${res.message}`;
      this.board.refresh();
      setReady('board', true);
      return;
    }
    await this.show(res.log, before, started);
  }

  /** Plays a resolved turn back from `before`, then shows its news (and the end, if it came). */
  private async show(log: readonly LogEntry[], before: View, started: number | null): Promise<void> {
    const { scene, table, side } = this.board;
    if (!scene.scene.isActive()) return;
    setReady('board', false);
    this.busy = true;
    side.draft = null;
    this.shown = before;
    this.board.refresh();
    const playbackStart = performance.now();
    await this.playback(log, before);
    const playbackMs = performance.now() - playbackStart;
    this.busy = false;
    this.shown = null;
    side.tab = 'news';
    side.selected = null;
    side.error = null;
    this.board.refresh();
    if (table.play.view().ended) {
      const end = log.find((e) => e.kind === 'end');
      await showDialog('The game is over', end ? end.text : 'The calendar has run out.', [{ key: 'ok', label: table.debrief ? 'See the debrief' : 'OK', primary: true }]);
      if (table.debrief) {
        setReady('debrief', false);
        scene.scene.start('debrief');
        return;
      }
    }
    await nextFrame();
    if (started !== null) performance.measure(END_TURN_MEASURE, { start: started, duration: performance.now() - started - playbackMs });
    setReady('board', true);
  }

  private async playback(log: readonly LogEntry[], before: View): Promise<void> {
    const steps = playbackSteps(log).slice(0, MAX_STEPS);
    if (steps.length === 0 || new URLSearchParams(location.search).has('fast')) return;
    let skipped = false;
    const label = h('span', {}, '');
    const banner = h(
      'div',
      { class: 'playback', 'data-hook': 'playback' },
      h('b', {}, 'This week:'),
      label,
      h('button', { class: 'small', 'data-hook': 'playback.skip', onclick: () => this.skip() }, 'Skip \u25b6\u25b6'),
    );
    byId('board-overlay').append(banner);
    let regions = { ...before.regions };
    for (let i = 0; i < steps.length && !skipped; i++) {
      const e = steps[i];
      const p = playbackText(e, before);
      label.textContent = ` ${i + 1}/${steps.length} \u2014 ${p.caption}`;
      label.setAttribute('title', p.text);
      if (e.kind === 'capture' && regions[e.region]) {
        regions = { ...regions, [e.region]: { ...regions[e.region], controller: e.to } };
        this.shown = { ...before, regions };
        this.board.redrawRegions();
      }
      if (p.region) this.board.map.pulse(p.region, p.colour, p.short, STEP_MS);
      await new Promise<void>((resolve) => {
        const timer = this.board.scene.time.delayedCall(STEP_MS, () => resolve());
        this.skipStep = () => {
          skipped = true;
          timer.remove(false);
          resolve();
        };
      });
    }
    this.skipStep = null;
    banner.remove();
  }
}

function nextFrame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}
