// The odds already played in this page: the same game up to a week (its replay's hash at that
// week), the same number of continuations and difficulty give the same games, so a panel opened
// again, or a turning point run after the odds of week 1, reuses them instead of playing again.
import type { Difficulty } from '../../ai';
import type { GameSummary } from '../../analysis/summary';
import type { WeekOdds } from '../../analysis/turning-points';
import type { Replay } from '../../engine';
import { runContinuations, type ContinuationsRequest, type ContinuationsRun } from './run';

/** Weeks kept (each up to a few thousand summaries); the oldest go first. */
const KEPT = 64;
const cache = new Map<string, readonly GameSummary[]>();

/** What fixes a week's continuations: the game (engine, scenario, variant, seed) and its position's hash at the week. */
function key(replay: Replay, week: number, games: number, difficulty: Difficulty): string {
  const position = week === 1 ? replay.startHash : replay.turns[week - 2]?.hash;
  return JSON.stringify([replay.engineVersion, replay.scenarioId, replay.scenarioHash, replay.variant, replay.seed, week, position, games, difficulty]);
}

/** The continuations of a week if this page has played them. */
export function cachedWeek(replay: Replay, week: number, games: number, difficulty: Difficulty = 'normal'): readonly GameSummary[] | undefined {
  return cache.get(key(replay, week, games, difficulty));
}

/** runContinuations for the weeks not played yet; the others come from the cache. */
export function cachedContinuations(req: ContinuationsRequest): ContinuationsRun {
  const difficulty = req.difficulty ?? 'normal';
  const missing = req.weeks.filter((w) => !cachedWeek(req.replay, w, req.games, difficulty));
  const all = (): WeekOdds[] => req.weeks.map((week) => ({ week, games: cachedWeek(req.replay, week, req.games, difficulty)! }));
  if (missing.length === 0) {
    req.onProgress?.(req.games * req.weeks.length, req.games * req.weeks.length);
    return { done: Promise.resolve(all()), cancel: () => undefined };
  }
  const run = runContinuations({ ...req, weeks: missing });
  const done = run.done.then((played) => {
    for (const { week, games } of played) {
      cache.set(key(req.replay, week, req.games, difficulty), games);
      if (cache.size > KEPT) cache.delete(cache.keys().next().value!);
    }
    return all();
  });
  return { done, cancel: run.cancel };
}
