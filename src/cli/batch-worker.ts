// A batch worker thread: loads the scenario once, then plays the games it is sent and posts
// back one summary per game. Games advance on the engine's mutable working copy (simulateTurn),
// not through immer: a batch keeps only each game's last state, and a test proves the games are
// the same either way.
import { parentPort, workerData } from 'node:worker_threads';
import type { Difficulty } from '../ai';
import { playGame } from './game-loop';
import { resolveScenario } from './scenario-arg';
import { summarise, type GameSummary } from '../analysis/summary';

export interface WorkerSetup {
  readonly scenario: string;
  readonly variant: string | null;
  readonly difficulty: Difficulty;
  /** Actors that give no orders (--idle). */
  readonly idle?: readonly string[];
}

export interface WorkerJob {
  readonly games: readonly { readonly index: number; readonly seed: string }[];
}

export type WorkerReply = { readonly kind: 'done'; readonly results: readonly { readonly index: number; readonly summary: GameSummary }[] } | { readonly kind: 'error'; readonly message: string };

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('bug: batch-worker.ts must run as a worker thread');
const sc = resolveScenario(setup.scenario);

port.on('message', (job: WorkerJob) => {
  if (!sc.ok) return port.postMessage({ kind: 'error', message: sc.message } satisfies WorkerReply);
  const results: { index: number; summary: GameSummary }[] = [];
  for (const g of job.games) {
    const played = playGame(sc.scenario, g.seed, { variant: setup.variant, difficulty: setup.difficulty, idle: setup.idle, mutable: true });
    if (!played.ok) return port.postMessage({ kind: 'error', message: `game ${g.index} (seed ${g.seed}): ${played.message}` } satisfies WorkerReply);
    results.push({ index: g.index, summary: summarise(played.game.state) });
  }
  port.postMessage({ kind: 'done', results } satisfies WorkerReply);
});
