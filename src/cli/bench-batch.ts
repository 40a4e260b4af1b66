// The batch figures of npm run bench, measured as ARCHITECTURE.md states its target: a batch of
// 10,000 games on all cores (≤ 60 s, so ≥ 167 games/s), and 2 workers at least 1.8× one on it.
// A second speedup figure is taken on 1,000-game batches, where each worker's start and JIT
// warm-up (a few seconds, paid again by every worker) weighs much more.
import { availableParallelism } from 'node:os';
import { runGames } from './batch-pool';
import { DEFAULT_DIFFICULTY } from './game-loop';
import { twoThreadSpeedup } from './host-check';
import type { Figure } from './bench';

async function gamesPerSecond(runs: number, workers: number): Promise<number> {
  const seeds = Array.from({ length: runs }, (_, i) => `bench-batch-${i + 1}`);
  const setup = { scenario: '2020-war', variant: null, difficulty: DEFAULT_DIFFICULTY };
  const t = performance.now();
  await runGames(setup, seeds, workers);
  return (runs * 1000) / (performance.now() - t);
}

const round = (v: number): number => Math.round(v * 100) / 100;

/**
 * The median over a few back-to-back pairs of runs (one worker and two): this machine's speed
 * drifts by tens of percent over minutes, and a pair run close together sees the same machine.
 * The order alternates (one worker first, then two first), so a drift through the bench favours
 * neither side.
 */
async function pairedSpeedup(runs: number, pairs: number): Promise<number[]> {
  const ratios: number[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    const twoFirst = pair % 2 === 1;
    const first = await gamesPerSecond(runs, twoFirst ? 2 : 1);
    const second = await gamesPerSecond(runs, twoFirst ? 1 : 2);
    ratios.push(twoFirst ? first / second : second / first);
  }
  return ratios.sort((a, b) => a - b);
}

/**
 * `--quick` plays 200-game batches instead (a smoke run: its figures are not the targets'). The
 * full figures take a few minutes: the three 10,000-game runs take about 6 minutes on this machine.
 */
export async function batchFigures(quick: boolean): Promise<Figure[]> {
  const long = quick ? 200 : 10_000;
  const short = quick ? 100 : 1000;
  const cores = availableParallelism();
  // One worker, two, one again: the two runs of one worker bracket the two-worker run, so a
  // machine that drifts through these minutes is seen on both sides (a single pair once gave
  // 2.4, the host having slowed between its runs). On two cores the two-worker run is also the
  // all-core one.
  // What the machine gives two threads, just before and just after: the ceiling of the ratio.
  const hostBefore = await twoThreadSpeedup();
  const oneBefore = await gamesPerSecond(long, 1);
  const two = await gamesPerSecond(long, 2);
  const oneAfter = await gamesPerSecond(long, 1);
  const all = cores === 2 ? two : await gamesPerSecond(long, cores);
  const hostAfter = await twoThreadSpeedup();
  const one = (oneBefore + oneAfter) / 2;
  const shortRatios = await pairedSpeedup(short, quick ? 1 : 3);
  return [
    { name: 'batch_games_per_s', value: round(all), unit: 'games/s', target: `≥ 167 (10,000 games ≤ 60 s); ${long.toLocaleString('en')} games on ${cores} workers` },
    { name: 'batch_speedup_2_workers', value: round(two / one), unit: '×', target: `≥ 1.8 on 10,000 games; ${long.toLocaleString('en')} games: ${round(oneBefore)} and ${round(oneAfter)} games/s on 1 worker, ${round(two)} on 2` },
    { name: 'host_speedup_2_threads', value: round(Math.min(hostBefore, hostAfter)), unit: '×', target: `(the machine's own ceiling for the ratio: a loop sharing nothing on 2 threads against 1, ${round(hostBefore)} before the ${long.toLocaleString('en')}-game runs and ${round(hostAfter)} after)` },
    { name: 'batch_speedup_1000', value: round(shortRatios[(shortRatios.length - 1) >> 1]), unit: '×', target: `(${short.toLocaleString('en')}-game batches, median of pairs ${shortRatios.map(round).join(', ')})` },
  ];
}
