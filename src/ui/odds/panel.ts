// The odds panel: for one column (the game as played) or two side by side (it and a branch), N
// seeded continuations from a week, played in Web Workers on every core (two columns at once, the
// cores shared), drawn as distributions: who holds each region at the end, how long the war lasts,
// how it ends, the settlement terms in force and the scores, with where the game itself fell ("how
// lucky") when it is over. The charts fill in as the games come in (a first run on a fresh page
// takes several seconds). Results are cached in the page, so the same game, week and N draw at once
// when the panel opens again.
// Automation ids: odds.runs, odds.run, odds.progress, odds.cancel, odds.status, odds.chart,
// odds.column.<i> (data-hashes: the continuations' final hashes, once all are in; data-partial:
// the number a run going on will have), odds.luck.<i>.
import type { GameSummary } from '../../analysis/summary';
import type { Replay } from '../../engine';
import { h } from '../dom';
import { shortName } from '../format';
import { cachedContinuations, cachedWeek } from './cache';
import { columnCharts } from './charts';
import { chartScales, columnFigures, columnLuck, readyColumn, type ReadyColumn } from './column';
import { luckLines } from '../../analysis/turning-text';
import { DEFAULT_CONTINUATIONS, type ContinuationsRun } from './run';
import { progressBar, wireJob, type Job } from './progress';
import { installOddsStyle } from './style';

export interface OddsColumn {
  readonly label: string;
  readonly replay: Replay;
  readonly fromWeek: number;
}

const MAX_RUNS = 10_000;
/** While a run goes on, the charts are drawn again at most this often, with the games in so far. */
const REDRAW_MS = 500;

/** A column's games: all of them (`of` null), or those played so far of `of` while a run goes on. */
type Drawn = { readonly games: readonly GameSummary[]; readonly of: number | null } | null;
/** The last number of continuations asked for in this page: a panel opened again starts from it (and its cached figures). */
let lastRuns = DEFAULT_CONTINUATIONS;

export function mountOddsPanel(parent: HTMLElement, columns: readonly OddsColumn[]): { destroy(): void } {
  installOddsStyle();
  const ready = columns.map(readyColumn);
  const runs = h('input', { type: 'number', min: 1, max: MAX_RUNS, step: 1, value: lastRuns, 'data-hook': 'odds.runs', 'aria-label': 'Continuations per column' });
  const runButton = h('button', { class: 'primary', 'data-hook': 'odds.run', 'data-tip': 'Play the continuations in the background, on every core' }, 'Run');
  const progress = progressBar('odds.progress');
  const cancelButton = h('button', { 'data-hook': 'odds.cancel' }, 'Cancel');
  const status = h('span', { class: 'odds-status', 'data-hook': 'odds.status', 'aria-live': 'polite' });
  const chart = h('div', { class: 'odds-chart', 'data-hook': 'odds.chart', style: `grid-template-columns: repeat(${Math.max(1, columns.length)}, minmax(0, 1fr))` });
  const root = h(
    'div',
    { class: 'odds-panel', 'data-hook': 'odds.panel' },
    h('div', { class: 'odds-controls' }, h('label', {}, 'Continuations ', runs), runButton, progress.el, cancelButton, status),
    h('p', { class: 'muted small-text', style: 'margin:0' }, 'Each continuation plays the game on from the week with every actor run by the computer and its own seed: the same figures on any machine.'),
    chart,
  );
  parent.append(root);
  const idle = (running: boolean): void => {
    progress.el.hidden = !running;
    cancelButton.hidden = !running;
    runButton.disabled = running || ready.every((r) => 'error' in r);
    runs.disabled = running;
  };
  const say = (text: string, error = false): void => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };
  /** Draws each column's games: all of them, or (`of` set) those played so far of a run going on. */
  const draw = (games: readonly Drawn[]): void => {
    const figures = ready.map((r, i) => ('error' in r || !games[i] || games[i].games.length === 0 ? null : columnFigures(r, games[i].games)));
    const drawn = figures.filter((f) => f !== null);
    const scales = drawn.length > 0 ? chartScales(drawn) : null;
    chart.replaceChildren(
      ...ready.map((r, i) => {
        const g = games[i];
        const count = !g || (g.of !== null && g.games.length === 0) ? '' : g.of === null ? ` · ${g.games.length} continuations` : ` · so far ${g.games.length} of ${g.of} continuations`;
        const head = h('div', { class: 'odds-colhead' }, h('h3', {}, columns[i].label), h('p', {}, 'error' in r ? '' : `${r.from}${count}`));
        if ('error' in r) return h('div', { 'data-hook': `odds.column.${i}` }, head, h('p', { class: 'odds-error' }, r.error));
        const f = figures[i];
        if (!f || !scales) return h('div', { 'data-hook': `odds.column.${i}` }, head, h('p', { class: 'muted' }, g ? `Starting: the first of its ${g.of} continuations are being played.` : 'Not run yet: choose how many continuations and press Run.'));
        const luck = columnLuck(f);
        return h(
          'div',
          // Hashes only once every game is in: a partial column is marked with how many it will have.
          { class: 'odds-column', 'data-hook': `odds.column.${i}`, 'data-games': f.games.length, 'data-partial': g?.of ?? null, 'data-hashes': g?.of === null ? f.games.map((x) => x.finalHash).join(',') : null },
          head,
          ...columnCharts(f, scales),
          h('section', { class: 'odds-sec', 'data-hook': `odds.luck.${i}` }, h('h4', {}, 'How lucky'), luck ? h('ul', { class: 'odds-luck' }, ...luckLines(f.end, luck, shortName).map((l) => h('li', {}, l))) : h('p', { class: 'muted small-text', style: 'margin:0' }, 'The game is not over: it has no outcome yet to place among its continuations.')),
        );
      }),
    );
  };
  const complete = (games: readonly (readonly GameSummary[] | null)[]): Drawn[] => games.map((g) => (g ? { games: g, of: null } : null));
  const cached = (n: number): (readonly GameSummary[] | null)[] => ready.map((r) => ('error' in r ? null : (cachedWeek(r.column.replay, r.column.fromWeek, n) ?? null)));
  /** What the chart shows when no run is going on: put back when a run is cancelled or fails. */
  let settled: Drawn[] = complete(cached(lastRuns));
  /**
   * Plays the columns at once, sharing the cores. The charts are drawn as the games come in, at
   * most every REDRAW_MS (longer when a draw is slow), marked as partial, and in full at the end.
   */
  const start = (): Job | null => {
    const n = Number(runs.value);
    if (!Number.isInteger(n) || n < 1 || n > MAX_RUNS) {
      say(`Continuations: a whole number from 1 to ${MAX_RUNS.toLocaleString('en-GB')}, not "${runs.value}".`, true);
      return null;
    }
    const todo = ready.filter((r): r is ReadyColumn => !('error' in r));
    const of = n * todo.length;
    say('');
    progress.set(0, of);
    const t0 = performance.now();
    let stopped = false;
    const shown: Drawn[] = ready.map(() => null);
    let redraw: ReturnType<typeof setTimeout> | null = null;
    let drawMs = 0;
    const soon = (): void => {
      // A draw reads every game in so far: with thousands, drawing every half second would take
      // the main thread from the workers, so the wait grows with the draw (at most a twentieth).
      redraw ??= setTimeout(() => {
        redraw = null;
        if (stopped) return;
        const t = performance.now();
        draw(shown);
        drawMs = performance.now() - t;
      }, Math.max(REDRAW_MS, 20 * drawMs));
    };
    // The columns play at once, the cores shared between them, so that both fill in together.
    const workers = Math.max(1, Math.floor((navigator.hardwareConcurrency || 2) / Math.max(1, todo.length)));
    const played = todo.map(() => 0);
    const running: ContinuationsRun[] = [];
    // A column that cannot start (a bug: its week was checked) stops those started before it.
    let refused: Error | null = null;
    const begin = (r: ReadyColumn, k: number): ContinuationsRun => {
      const sofar: GameSummary[] = [];
      shown[ready.indexOf(r)] = { games: sofar, of: n };
      return cachedContinuations({
        scenario: r.scenario,
        replay: r.column.replay,
        weeks: [r.column.fromWeek],
        games: n,
        workers,
        onProgress: (d) => {
          played[k] = d;
          progress.set(played.reduce((a, b) => a + b, 0), of);
        },
        onGame: (_week, _index, summary) => {
          sofar.push(summary);
          soon();
        },
      });
    };
    try {
      todo.forEach((r, k) => running.push(begin(r, k)));
    } catch (e) {
      refused = e instanceof Error ? e : new Error(String(e));
    }
    const cancelAll = (): void => {
      stopped = true;
      for (const r of running) r.cancel();
    };
    const done = (async () => {
      if (refused !== null) {
        cancelAll();
        throw refused;
      }
      // One column failing stops the others.
      const weeks = await Promise.all(running.map((r) => r.done)).catch((e: unknown) => {
        cancelAll();
        throw e;
      });
      weeks.forEach(([week], k) => (shown[ready.indexOf(todo[k])] = { games: week.games, of: null }));
      lastRuns = n;
      settled = [...shown];
      draw(settled);
      say(`${of} continuations in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
    })().finally(() => {
      stopped = true;
      if (redraw !== null) clearTimeout(redraw);
    });
    return { done, cancel: cancelAll };
  };
  const jobs = wireJob(runButton, cancelButton, idle, start, (message, cancelled) => {
    // The partial figures go: the chart shows again what it showed before the run.
    draw(settled);
    say(cancelled ? 'Cancelled: the figures are as they were before the run.' : `The odds could not be played: ${message}`, !cancelled);
  });
  draw(settled);
  if (settled.some((g) => g !== null)) say('Played before in this page: shown at once.');
  return {
    destroy() {
      jobs.stop();
      root.remove();
    },
  };
}
