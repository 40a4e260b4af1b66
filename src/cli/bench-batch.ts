// The batch figures of npm run bench: games per second on all cores, and how much a second
// worker adds (the target is at least 1.8x one worker).
import { availableParallelism } from 'node:os';
import { runGames } from './batch-pool';
import { DEFAULT_DIFFICULTY } from './game-loop';
import type { Figure } from './bench';

async function gamesPerSecond(runs: number, workers: number): Promise<number> {
  const seeds = Array.from({ length: runs }, (_, i) => `bench-batch-${i + 1}`);
  const setup = { scenario: '2020-war', variant: null, difficulty: DEFAULT_DIFFICULTY };
  const t = performance.now();
  await runGames(setup, seeds, workers);
  return (runs * 1000) / (performance.now() - t);
}

/**
 * The speedup is the median over a few back-to-back pairs of runs (one worker and two): this
 * machine's speed drifts by tens of percent over minutes, and a pair run close together sees the
 * same machine. Each run is 1,000 games: every worker pays its own start and JIT warm-up (a few
 * seconds), so the ratio is lower for short batches and higher for long ones.
 */
export async function batchFigures(quick: boolean): Promise<Figure[]> {
  const runs = quick ? 100 : 1000;
  const cores = availableParallelism();
  const all = await gamesPerSecond(runs, cores);
  const ratios: number[] = [];
  for (let pair = 0; pair < (quick ? 1 : 3); pair++) {
    // The order alternates (one worker first, then two first), so a machine that speeds up or
    // slows down through the bench favours neither.
    const twoFirst = pair % 2 === 1;
    const first = await gamesPerSecond(runs, twoFirst ? 2 : 1);
    const second = await gamesPerSecond(runs, twoFirst ? 1 : 2);
    ratios.push(twoFirst ? first / second : second / first);
  }
  ratios.sort((a, b) => a - b);
  const round = (v: number): number => Math.round(v * 100) / 100;
  return [
    { name: 'batch_games_per_s', value: round(all), unit: 'games/s', target: `≥ 167 (10,000 games ≤ 60 s), ${cores} workers` },
    { name: 'batch_speedup_2_workers', value: round(ratios[(ratios.length - 1) >> 1]), unit: '×', target: `≥ 1.8 (pairs: ${ratios.map(round).join(', ')})` },
  ];
}
