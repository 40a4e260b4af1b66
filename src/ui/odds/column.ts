// One column of the odds panel made ready: the game rebuilt from its replay (checked turn by turn),
// the week it is played on from, and, when the game is over, its own outcome to place among the
// continuations. Then the scales the columns share.
import { batchOdds } from '../../analysis/odds';
import { howLucky, keyRegions, type Luck } from '../../analysis/luck';
import { summarise, type GameSummary } from '../../analysis/summary';
import { dateOfTurn, longDate } from '../../engine';
import { finalState, playWorld } from '../../report/world';
import { regionStakes } from '../../report/stakes';
import { shippedScenario } from '../../scenario/shipped';
import type { Scenario } from '../../scenario/types';
import type { ChartScales, ColumnFigures } from './charts';
import type { OddsColumn } from './panel';

export interface ReadyColumn {
  readonly column: OddsColumn;
  readonly scenario: Scenario;
  readonly figures: Omit<ColumnFigures, 'odds' | 'games'>;
  /** "from week 3 (11 October 2020)". */
  readonly from: string;
}

/** The column ready to run, or why it cannot be. */
export function readyColumn(column: OddsColumn): ReadyColumn | { readonly error: string } {
  const { replay, fromWeek } = column;
  const scenario = shippedScenario(replay.scenarioId);
  if (!scenario) return { error: `No shipped scenario "${replay.scenarioId}" in this build.` };
  const last = replay.turns.length + 1;
  if (!Number.isInteger(fromWeek) || fromWeek < 1 || fromWeek > last) return { error: `The week to play on from must be a whole number from 1 to ${last} (the game has ${replay.turns.length} turns), not ${fromWeek}.` };
  const played = playWorld(replay, scenario);
  if (!played.ok) return { error: `The game could not be rebuilt: ${played.message}` };
  const end = finalState(played.world);
  const over = end.ended !== null || end.turn >= end.calendar.turns;
  const from = `from week ${fromWeek} (${longDate(dateOfTurn(end.calendar, fromWeek - 1))})`;
  return { column, scenario, figures: { end, actual: over ? summarise(end) : null }, from };
}

export function columnFigures(ready: ReadyColumn, games: readonly GameSummary[]): ColumnFigures {
  return { ...ready.figures, odds: batchOdds(games), games };
}

/** The game's place among its continuations, when it is over. */
export function columnLuck(f: ColumnFigures): Luck | null {
  return f.actual ? howLucky(f.actual, f.games, keyRegions(f.end)) : null;
}

/** Rows shown: the key regions, then every other region whose holder at the end varies in some column, most at stake first. */
export function chartScales(figures: readonly ColumnFigures[]): ChartScales {
  const end = figures[0].end;
  const stake = new Map(regionStakes(end).map((s, i) => [s.region, i]));
  const keys = keyRegions(end);
  const varies = end.regionOrder.filter((r) => figures.some((f) => Object.keys(f.odds.control[r] ?? {}).length > 1));
  const rank = (r: string): number => stake.get(r) ?? stake.size + end.regionOrder.indexOf(r);
  const regions = [...keys, ...varies.filter((r) => !keys.includes(r)).sort((a, b) => rank(a) - rank(b))].slice(0, 14);
  const actors = [...new Set(figures.flatMap((f) => Object.keys(f.odds.meanScore)))].sort((a, b) => end.actorOrder.indexOf(a) - end.actorOrder.indexOf(b));
  const scoreMax: Record<string, number> = {};
  for (const a of actors) scoreMax[a] = Math.ceil(Math.max(1, ...figures.flatMap((f) => [...f.games.map((g) => g.scores[a] ?? 0), f.actual?.scores[a] ?? 0])) / 10) * 10;
  const weeks = Math.max(end.calendar.turns, ...figures.flatMap((f) => f.games.map((g) => g.warLength)));
  return { regions, actors, scoreMax, weeks };
}
