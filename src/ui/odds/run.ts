// The odds in the browser: N continuations of one or more weeks of a game, played in Web Workers
// (one per core), handed out a few at a time so that a slow worker never holds the rest back. The
// summaries come back in continuation order whatever the workers' speed, so the odds are the same
// on any machine, and the same as Node's (playContinuations).
import type { Difficulty } from '../../ai';
import type { GameSummary } from '../../analysis/summary';
import type { WeekOdds } from '../../analysis/turning-points';
import type { Replay } from '../../engine';
import type { Scenario } from '../../scenario/types';
import type { FromWorker, ToWorker } from './protocol';

/** Continuations a worker is handed at a time: small enough to balance, large enough to keep messages few. */
const CHUNK = 8;
export const DEFAULT_CONTINUATIONS = 500;

export interface ContinuationsRequest {
  readonly scenario: Scenario;
  /** The game: its turns before each week are played to rebuild that week's position. */
  readonly replay: Replay;
  /** The weeks (1-based) whose positions are played on; week w follows the replay's first w−1 turns. */
  readonly weeks: readonly number[];
  readonly games: number;
  readonly difficulty?: Difficulty;
  /** Workers to run (default: the machine's cores). */
  readonly workers?: number;
  /** Games done of all the weeks' games. */
  readonly onProgress?: (done: number, of: number) => void;
  /** Each game as it comes in (in no set order): for figures drawn while the rest play. */
  readonly onGame?: (week: number, index: number, summary: GameSummary) => void;
}

export interface ContinuationsRun {
  /** Each week's continuations, in the order of `weeks`. */
  readonly done: Promise<WeekOdds[]>;
  /** Stop every worker; `done` rejects with the message "cancelled". */
  cancel(): void;
}

export const CANCELLED = 'cancelled';
/**
 * How long finished workers are kept for the next run before they are let go: long enough for a
 * reader to look at the charts, branch and ask again. A warm pair plays about twice as fast as a
 * cold one (docs/architecture.md, "Why the first run is slow"); each run starts the wait again.
 */
const KEEP_MS = 10 * 60_000;

/** Runs under way in this page, and who wants to know when the page starts and stops running some. */
let running = 0;
const busyListeners = new Set<(busy: boolean) => void>();

/**
 * Tells `listener` when continuations start running in this page (true) and when the last run
 * ends (false): the board sleeps meanwhile (game.ts), leaving the cores to the workers.
 * Returns the way to stop listening.
 */
export function onContinuationsBusy(listener: (busy: boolean) => void): () => void {
  busyListeners.add(listener);
  return () => busyListeners.delete(listener);
}

function setRunning(change: 1 | -1): void {
  running += change;
  if (running === (change === 1 ? 1 : 0)) for (const l of busyListeners) l(change === 1);
}

function send(w: Worker, m: ToWorker): void {
  w.postMessage(m);
}

/**
 * Workers that finished a run, kept for the next: a new worker spends its first games compiling
 * the engine and the computer's code (the first ten continuations take several times as long as
 * later ones), so a second run on warm workers, such as the turning points after the odds, goes
 * faster. A run that is cancelled or fails terminates its workers instead (they may be mid-game).
 */
const spare: Worker[] = [];
let letGo: ReturnType<typeof setTimeout> | null = null;

function takeWorker(): Worker {
  return spare.pop() ?? new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

function keepWorkers(workers: readonly Worker[]): void {
  for (const w of workers) {
    w.onmessage = null;
    w.onerror = null;
    spare.push(w);
  }
  if (letGo !== null) clearTimeout(letGo);
  letGo = setTimeout(() => {
    for (const w of spare.splice(0)) w.terminate();
    letGo = null;
  }, KEEP_MS);
}

export function runContinuations(req: ContinuationsRequest): ContinuationsRun {
  const { games, weeks } = req;
  const last = Math.max(...weeks);
  if (weeks.some((w) => !Number.isInteger(w) || w < 1 || w > req.replay.turns.length + 1)) throw new Error(`runContinuations: weeks must lie within 1…${req.replay.turns.length + 1}, not ${weeks.join(', ')}`);
  const cut: Replay = { ...req.replay, turns: req.replay.turns.slice(0, last - 1) };
  const total = games * weeks.length;
  const tasks: { week: number; indices: number[] }[] = [];
  for (const week of weeks) for (let i = 0; i < games; i += CHUNK) tasks.push({ week, indices: Array.from({ length: Math.min(CHUNK, games - i) }, (_, k) => i + k) });
  const count = Math.max(1, Math.min(req.workers ?? navigator.hardwareConcurrency ?? 2, tasks.length));
  const results = new Map<number, GameSummary[]>(weeks.map((w) => [w, new Array<GameSummary>(games)]));
  const workers: Worker[] = [];
  let next = 0;
  let received = 0;
  let finish: { resolve(g: WeekOdds[]): void; reject(e: Error): void } | null = null;
  const done = new Promise<WeekOdds[]>((resolve, reject) => (finish = { resolve, reject }));
  const stop = (error: Error | null): void => {
    if (error) for (const w of workers) w.terminate();
    else keepWorkers(workers);
    workers.length = 0;
    if (!finish) return;
    const f = finish;
    finish = null;
    setRunning(-1);
    if (error) f.reject(error);
    else f.resolve(weeks.map((week) => ({ week, games: results.get(week)! })));
  };
  setRunning(1);
  for (let i = 0; i < count; i++) {
    const w = takeWorker();
    w.onmessage = (e: MessageEvent<FromWorker>): void => {
      const m = e.data;
      if (m.kind === 'error') return stop(new Error(m.message));
      if (m.kind === 'game') {
        results.get(m.week)![m.index] = m.summary;
        received++;
        req.onGame?.(m.week, m.index, m.summary);
        req.onProgress?.(received, total);
        if (received === total) stop(null);
        return;
      }
      if (next < tasks.length) send(w, { kind: 'play', ...tasks[next++] });
    };
    w.onerror = (e): void => stop(new Error(`An odds worker failed: ${e.message || 'it could not load'}`));
    send(w, { kind: 'setup', scenario: req.scenario, replay: cut, weeks, difficulty: req.difficulty ?? 'normal' });
    workers.push(w);
  }
  return { done, cancel: () => stop(new Error(CANCELLED)) };
}
