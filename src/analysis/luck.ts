// How lucky a game was: where its actual outcome falls among the continuations of one of its
// weeks (each actor's score as a percentile, and how often the continuations ended with the same
// holders of the key regions, the same war length and the same kind of ending).
import type { ActorId, RegionId } from '../engine';
import { decisiveRegions, type AimHolders } from '../report/stakes';
import type { GameSummary } from './summary';

/** The regions the outcome is told by: those the aims of two or more actors name, most at stake first. */
export function keyRegions(holders: AimHolders, count = 3): RegionId[] {
  return decisiveRegions(holders, count);
}

/** Whether a continuation ended as the game did: the same holder of every key region and the same kind of war end. */
export function sameOutcome(actual: GameSummary, game: GameSummary, regions: readonly RegionId[]): boolean {
  return game.warEnd === actual.warEnd && regions.every((r) => (game.control[r] ?? null) === (actual.control[r] ?? null));
}

export interface Luck {
  readonly games: number;
  /** Per actor with aims: its score in the game and where that falls among the continuations (mid-rank percentile, 0–100). */
  readonly scores: readonly { readonly actor: ActorId; readonly actual: number; readonly mean: number; readonly percentile: number }[];
  /** Per key region: who held it at the end and the percent of continuations in which that actor did. */
  readonly regions: readonly { readonly region: RegionId; readonly holder: ActorId | null; readonly pct: number }[];
  /** The war's length in the game; the percent of continuations as long, shorter and longer. */
  readonly warLength: { readonly actual: number; readonly same: number; readonly shorter: number; readonly longer: number };
  /** How the war ended in the game and the percent of continuations that ended so. */
  readonly warEnd: { readonly actual: GameSummary['warEnd']; readonly pct: number };
  /** Percent of continuations with the whole outcome: every key region's holder and the war's end. */
  readonly outcome: number;
}

const pct = (n: number, of: number): number => Math.round((n * 1000) / Math.max(1, of)) / 10;

/** Mid-rank percentile of `value` among `values`: the share below it plus half the share equal to it. */
export function percentile(value: number, values: readonly number[]): number {
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v < value) below++;
    else if (v === value) equal++;
  }
  return pct(below * 2 + equal, values.length * 2);
}

export function howLucky(actual: GameSummary, games: readonly GameSummary[], regions: readonly RegionId[]): Luck {
  if (games.length === 0) throw new Error('howLucky: no continuations to compare the game with');
  const n = games.length;
  const scores = Object.keys(actual.scores)
    .sort()
    .map((actor) => {
      const values = games.map((g) => g.scores[actor] ?? 0);
      const mean = Math.round((values.reduce((s, x) => s + x, 0) / n) * 100) / 100;
      return { actor, actual: actual.scores[actor], mean, percentile: percentile(actual.scores[actor], values) };
    });
  const held = (r: RegionId): ActorId | null => actual.control[r] ?? null;
  return {
    games: n,
    scores,
    regions: regions.map((region) => ({ region, holder: held(region), pct: pct(games.filter((g) => (g.control[region] ?? null) === held(region)).length, n) })),
    warLength: {
      actual: actual.warLength,
      same: pct(games.filter((g) => g.warLength === actual.warLength).length, n),
      shorter: pct(games.filter((g) => g.warLength < actual.warLength).length, n),
      longer: pct(games.filter((g) => g.warLength > actual.warLength).length, n),
    },
    warEnd: { actual: actual.warEnd, pct: pct(games.filter((g) => g.warEnd === actual.warEnd).length, n) },
    outcome: pct(games.filter((g) => sameOutcome(actual, g, regions)).length, n),
  };
}
