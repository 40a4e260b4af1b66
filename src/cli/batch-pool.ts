// The pool of worker threads that plays a batch's games: used by npm run batch and npm run bench.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerReply, WorkerSetup } from './batch-worker';
import type { GameSummary } from './summary';

/**
 * A worker running batch-worker.ts. On Node 20 a worker does not inherit tsx's loader (and
 * `execArgv: ['--import', 'tsx']` does not reach ES modules there), so a one-line bootstrap
 * loads the TypeScript entry through tsx's own API.
 */
function startWorker(setup: WorkerSetup): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./batch-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
  return new Worker(code, { eval: true, workerData: setup });
}

/**
 * Each worker compiles its own hot code on its own thread. By default V8 runs its optimising
 * compiler on background threads: with one worker on a two-core machine that borrows the idle
 * core (about a third of a core for the first few hundred games), and with a worker on every core
 * it only competes with them. Compiling in place makes a worker exactly one core's work, so the
 * pool scales with its workers. The flag is process-wide and read when an isolate starts, so it
 * is set before the first worker.
 */
function compileOnWorkerThreads(): void {
  setFlagsFromString('--no-concurrent-recompilation');
}

/** Run the games on `workers` threads, handing out small chunks so fast workers take more. */
export function runGames(setup: WorkerSetup, seeds: readonly string[], workers: number, onProgress: (done: number) => void = () => {}): Promise<GameSummary[]> {
  return new Promise((resolve, reject) => {
    const results: GameSummary[] = new Array(seeds.length);
    const chunk = Math.max(1, Math.min(25, Math.ceil(seeds.length / (workers * 8))));
    let next = 0;
    let done = 0;
    let live = 0;
    let failed = false;
    const pool: Worker[] = [];
    const finish = (err?: Error): void => {
      if (failed) return;
      if (err) failed = true;
      for (const w of pool) void w.terminate();
      if (err) reject(err);
      else resolve(results);
    };
    const feed = (w: Worker): boolean => {
      if (next >= seeds.length) return false;
      const games = [];
      for (let k = 0; k < chunk && next < seeds.length; k++, next++) games.push({ index: next, seed: seeds[next] });
      w.postMessage({ games } satisfies WorkerJob);
      return true;
    };
    const count = Math.max(1, Math.min(workers, seeds.length));
    compileOnWorkerThreads();
    for (let i = 0; i < count; i++) {
      const w = startWorker(setup);
      pool.push(w);
      live += 1;
      w.on('message', (reply: WorkerReply) => {
        if (reply.kind === 'error') return finish(new Error(reply.message));
        for (const r of reply.results) results[r.index] = r.summary;
        done += reply.results.length;
        onProgress(done);
        if (!feed(w)) {
          live -= 1;
          if (live === 0) finish();
        }
      });
      w.on('error', (e) => finish(e instanceof Error ? e : new Error(String(e))));
      if (!feed(w)) {
        live -= 1;
        if (live === 0) finish();
      }
    }
    if (seeds.length === 0) finish();
  });
}
