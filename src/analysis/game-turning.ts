// A played game's turning points in one thread (the command line's replay --turning and the
// tests): continuations from the start of every week, then the weeks ranked by how far they moved
// the odds of the game's outcome. The browser plays the same continuations in workers.
import type { Difficulty } from '../ai';
import type { Result } from '../engine';
import { finalState, type PlayedWorld } from '../report/world';
import { playContinuations } from './continuations';
import { howLucky, keyRegions, type Luck } from './luck';
import { summarise } from './summary';
import { oddsCurve, turningPoints, type OddsPoint, type TurningPoint, type WeekOdds } from './turning-points';

export interface GameTurning {
  readonly games: number;
  readonly regions: readonly string[];
  readonly curve: readonly OddsPoint[];
  /** Every week, the biggest move of the outcome's odds first. */
  readonly points: readonly TurningPoint[];
  /** Where the game's outcome fell among the continuations of its first week. */
  readonly luck: Luck;
}

/** The weeks whose start a game's turning points need: every week played, and the position it ended in. */
export function turningWeeks(world: PlayedWorld): number[] {
  return world.states.map((_, i) => i + 1);
}

/** Ranks the weeks of a game from the continuations of each week (WeekOdds for every turningWeeks week). */
export function turningOf(world: PlayedWorld, weeks: readonly WeekOdds[]): GameTurning {
  const end = finalState(world);
  const actual = summarise(end);
  const regions = keyRegions(end);
  const curve = oddsCurve(weeks, actual, regions);
  const first = weeks.find((w) => w.week === 1);
  if (!first) throw new Error('turningOf: the continuations of week 1 are missing');
  return { games: first.games.length, regions, curve, points: turningPoints(curve), luck: howLucky(actual, first.games, regions) };
}

export function playTurning(world: PlayedWorld, games: number, difficulty: Difficulty, onWeek?: (week: number, of: number) => void): Result<{ turning: GameTurning }> {
  const all = turningWeeks(world);
  const weeks: WeekOdds[] = [];
  for (const week of all) {
    const played = playContinuations(world.states[week - 1], games, difficulty);
    if (!played.ok) return { ok: false, code: played.code, message: `week ${week}: ${played.message}` };
    weeks.push({ week, games: played.summaries });
    onWeek?.(week, all.length);
  }
  return { ok: true, turning: turningOf(world, weeks) };
}
