// How long a batch worker takes to warm up: one worker thread with the pool's compiler settings
// plays N games of 2020-war, one game per message, and this prints the mean time a game takes in
// bands of games (1, 2, 3-5, … 801-1000), and how much time the worker lost against its warm
// speed (the median of the last 300 games) in each band and in all.
// usage: node --import tsx scripts/warmup-curve.ts [N]
//   V8_FLAGS="--trace-opt --trace-deopt" adds V8 flags before the worker starts (MARK=1 also
//   prints "@@game i" before each game, to line the trace up with the games).
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { bundleUrl, compileOnWorkerThreads } from '../src/cli/batch-pool';
import { DEFAULT_DIFFICULTY } from '../src/cli/game-loop';

const N = Number(process.argv[2] ?? 1000);
const code = await bundleUrl({ file: fileURLToPath(new URL('../src/cli/batch-worker.ts', import.meta.url)) });
compileOnWorkerThreads();
for (const f of (process.env.V8_FLAGS ?? '').split(' ').filter(Boolean)) setFlagsFromString(f);
const w = new Worker(code, { workerData: { scenario: '2020-war', variant: null, difficulty: DEFAULT_DIFFICULTY } });
await new Promise((r) => w.once('online', r));
const times: number[] = [];
const start = performance.now();
for (let g = 0; g < N; g++) {
  if (process.env.MARK) process.stdout.write(`@@game ${g}\n`);
  const t = performance.now();
  w.postMessage({ games: [{ index: g, seed: `bench-batch-${g + 1}` }] });
  await new Promise((r) => w.once('message', r));
  times.push(performance.now() - t);
}
const total = performance.now() - start;
await w.terminate();
const tail = times.slice(Math.max(0, N - 300)).sort((a, b) => a - b);
const warm = tail[tail.length >> 1];
console.log(`${N} games in ${(total / 1000).toFixed(2)} s; warm game ${warm.toFixed(1)} ms; lost to warm-up ${((total - warm * N) / 1000).toFixed(2)} s`);
let from = 0;
for (const to of [1, 2, 5, 10, 20, 50, 100, 200, 400, 600, 800, 1000]) {
  if (from >= N) break;
  const band = times.slice(from, Math.min(to, N));
  const sum = band.reduce((a, b) => a + b, 0);
  console.log(`  games ${from + 1}-${from + band.length}: mean ${(sum / band.length).toFixed(1)} ms, lost ${(sum - warm * band.length).toFixed(0)} ms`);
  from = to;
}
