// The pool of worker threads that plays a batch's games: used by npm run batch and npm run bench.
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerReply, WorkerSetup } from './batch-worker';
import type { GameSummary } from '../analysis/summary';

/**
 * The worker's code: batch-worker.ts and everything it imports, bundled by esbuild into one
 * ES module, once per process. A worker does not inherit tsx's loader on Node 20, and loading the
 * TypeScript sources through tsx in each worker cost about a second per batch; a bundle starts
 * in a few milliseconds. It runs from a data: URL, so nothing is written to disk.
 */
let bundle: Promise<URL> | null = null;

function workerCode(): Promise<URL> {
  bundle ??= bundleUrl({ file: fileURLToPath(new URL('./batch-worker.ts', import.meta.url)) });
  return bundle;
}

/**
 * One ES module bundled by esbuild in memory, as a data: URL to import or start a worker from:
 * from a file, or from source text whose imports resolve from a folder (scripts/ab-trees.ts).
 */
export async function bundleUrl(entry: { readonly file: string } | { readonly source: string; readonly dir: string }): Promise<URL> {
  const { build } = await import('esbuild');
  const out = await build({
    ...('file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.source, resolveDir: entry.dir, loader: 'ts' as const } }),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  return new URL(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].contents).toString('base64')}`);
}

/**
 * Each worker compiles its own hot code on its own thread, and compiles less of it. Both flags
 * are process-wide and read when code is compiled, so they are set before the first worker;
 * neither changes what a game does (the batch tests compare its hashes with sim's).
 * - By default V8 runs its optimising compiler on background threads: with one worker on a
 *   two-core machine that borrows the idle core (about a third of a core for the first few
 *   hundred games), and with a worker on every core it only competes with them. Compiling in
 *   place makes a worker exactly one core's work, so the pool scales with its workers.
 * - V8 inlines up to 920 bytes of bytecode into each function it optimises. With that budget a
 *   worker spent about 4 s compiling over its first few hundred games, and every worker pays that
 *   again, however many there are. A budget of 200 cuts the compiling by about 40% (V8's own
 *   --trace-opt totals); once warm a game costs within a few percent of what it did, inside this
 *   machine's noise. In 1,000-game runs measured alternately with and without it, two workers
 *   took about 13% less time (19.5 s against 22.5 s on average).
 */
export function compileOnWorkerThreads(): void {
  setFlagsFromString('--no-concurrent-recompilation');
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}

/** Worker threads that stay up between batches: open once, play batches one at a time, close. */
export interface Pool {
  readonly workers: number;
  /** Play these games, each summary at its seed's index; one batch at a time. */
  play(seeds: readonly string[], onProgress?: (done: number) => void): Promise<GameSummary[]>;
  close(): Promise<void>;
}

interface Batch {
  readonly seeds: readonly string[];
  readonly results: GameSummary[];
  readonly onProgress: (done: number) => void;
  readonly resolve: (results: GameSummary[]) => void;
  readonly reject: (err: Error) => void;
  next: number;
  done: number;
}

/**
 * Start `workers` threads for `setup`. A batch hands out small chunks so fast workers take more.
 * Each worker holds a second chunk in its queue while it plays one, so it starts the next game as
 * soon as it posts a chunk's results, without waiting for the main thread (which has no core of
 * its own when every core runs a worker) to read them and answer. A worker that fails or stops
 * fails the batch with its message, and the pool with it.
 */
export async function openPool(setup: WorkerSetup, workers: number): Promise<Pool> {
  const code = await workerCode();
  compileOnWorkerThreads();
  const count = Math.max(1, workers);
  const threads: Worker[] = [];
  let batch: Batch | null = null;
  let broken: Error | null = null;
  let closing = false;
  const fail = (err: Error): void => {
    if (closing || broken) return;
    broken = err;
    const b = batch;
    batch = null;
    b?.reject(err);
  };
  const feed = (w: Worker): void => {
    const b = batch;
    if (!b || b.next >= b.seeds.length) return;
    // Chunks shrink as the batch nears its end, so the workers finish together.
    const chunk = Math.max(1, Math.min(25, Math.ceil((b.seeds.length - b.next) / (count * 4))));
    const games = [];
    for (let k = 0; k < chunk && b.next < b.seeds.length; k++, b.next++) games.push({ index: b.next, seed: b.seeds[b.next] });
    w.postMessage({ games } satisfies WorkerJob);
  };
  for (let i = 0; i < count; i++) {
    const w = new Worker(code, { workerData: setup });
    threads.push(w);
    w.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'error') return fail(new Error(reply.message));
      const b = batch;
      if (!b) return;
      for (const r of reply.results) b.results[r.index] = r.summary;
      b.done += reply.results.length;
      b.onProgress(b.done);
      if (b.done === b.seeds.length) {
        batch = null;
        b.resolve(b.results);
      } else feed(w);
    });
    w.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
    w.on('exit', (exitCode) => fail(new Error(`a batch worker stopped (exit code ${exitCode}) before the batch was done`)));
  }
  return {
    workers: count,
    play(seeds, onProgress = () => {}) {
      if (broken) return Promise.reject(broken);
      if (closing) return Promise.reject(new Error('bug: the pool is closed'));
      if (batch) return Promise.reject(new Error('bug: the pool plays one batch at a time'));
      if (seeds.length === 0) return Promise.resolve([]);
      return new Promise<GameSummary[]>((resolve, reject) => {
        batch = { seeds, results: new Array<GameSummary>(seeds.length), onProgress, resolve, reject, next: 0, done: 0 };
        // Every worker gets its first chunk before any gets a second, so a small batch is shared out.
        for (const w of threads) feed(w);
        for (const w of threads) feed(w);
      });
    },
    async close() {
      closing = true;
      // A batch still in flight is failed, never left waiting.
      const b = batch;
      batch = null;
      b?.reject(new Error('the pool was closed before its batch was done'));
      await Promise.all(threads.map((w) => w.terminate()));
    },
  };
}

/** Run the games on `workers` threads (no more than there are games), then stop them. */
export async function runGames(setup: WorkerSetup, seeds: readonly string[], workers: number, onProgress: (done: number) => void = () => {}): Promise<GameSummary[]> {
  if (seeds.length === 0) return [];
  const pool = await openPool(setup, Math.min(workers, seeds.length));
  try {
    return await pool.play(seeds, onProgress);
  } finally {
    await pool.close();
  }
}
