// The odds of a week in the browser: N continuations of the position, played in Web Workers (one
// per core), handed out a few at a time so that a slow worker never holds the rest back. The
// summaries come back in continuation order whatever the workers' speed, so the odds are the same
// on any machine.
import type { Difficulty } from '../../ai';
import type { GameSummary } from '../../analysis/summary';
import type { Replay } from '../../engine';
import type { Scenario } from '../../scenario/types';
import type { FromWorker, ToWorker } from './protocol';

/** Continuations a worker is handed at a time: small enough to balance, large enough to keep messages few. */
const CHUNK = 8;
const DEFAULT_CONTINUATIONS = 500;

export interface OddsRequest {
  readonly scenario: Scenario;
  /** The game up to the week: its turns before that week are played to rebuild the position. */
  readonly replay: Replay;
  /** The week (1-based) whose position is played on: the replay's first week-1 turns lead to it. */
  readonly week: number;
  readonly games?: number;
  readonly difficulty?: Difficulty;
  /** Workers to run (default: the machine's cores). */
  readonly workers?: number;
  readonly onProgress?: (done: number, of: number) => void;
}

export interface OddsRun {
  readonly done: Promise<GameSummary[]>;
  /** Stop every worker; `done` rejects with the message "cancelled". */
  cancel(): void;
}

function send(w: Worker, m: ToWorker): void {
  w.postMessage(m);
}

export function runOdds(req: OddsRequest): OddsRun {
  const games = req.games ?? DEFAULT_CONTINUATIONS;
  const cut: Replay = { ...req.replay, turns: req.replay.turns.slice(0, Math.max(0, req.week - 1)) };
  const count = Math.max(1, Math.min(req.workers ?? navigator.hardwareConcurrency ?? 2, games));
  const workers: Worker[] = [];
  const results: GameSummary[] = new Array<GameSummary>(games);
  let next = 0;
  let received = 0;
  let finish: { resolve(g: GameSummary[]): void; reject(e: Error): void } | null = null;
  const done = new Promise<GameSummary[]>((resolve, reject) => (finish = { resolve, reject }));
  const stop = (error: Error | null): void => {
    for (const w of workers) w.terminate();
    workers.length = 0;
    if (!finish) return;
    const f = finish;
    finish = null;
    if (error) f.reject(error);
    else f.resolve(results);
  };
  for (let i = 0; i < count; i++) {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<FromWorker>): void => {
      const m = e.data;
      if (m.kind === 'error') return stop(new Error(m.message));
      if (m.kind === 'game') {
        results[m.index] = m.summary;
        received++;
        req.onProgress?.(received, games);
        if (received === games) stop(null);
        return;
      }
      if (next >= games) return;
      const indices: number[] = [];
      while (indices.length < CHUNK && next < games) indices.push(next++);
      send(w, { kind: 'play', indices });
    };
    w.onerror = (e): void => stop(new Error(`An odds worker failed: ${e.message || 'it could not load'}`));
    send(w, { kind: 'setup', scenario: req.scenario, replay: cut, difficulty: req.difficulty ?? 'normal' });
    workers.push(w);
  }
  return { done, cancel: () => stop(new Error('cancelled')) };
}
