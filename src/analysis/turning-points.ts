// The turning points of a game: the weeks in which the odds of its final outcome moved most. The
// odds at the start of each week come from continuations of that week's position; a week moved the
// odds by the difference between its own start and the next week's (the last week's "next" is the
// position the game ended in). Ties go to the week that moved the actors' mean scores more, then
// to the earlier week.
import type { ActorId, Calendar, LogEntry, RegionId } from '../engine';
import { rankMoments, type Moment } from '../report/moments';
import type { AimHolders } from '../report/stakes';
import { sameOutcome } from './luck';
import type { GameSummary } from './summary';

/** The continuations of the position at the start of `week` (1-based). */
export interface WeekOdds {
  readonly week: number;
  readonly games: readonly GameSummary[];
}

export interface OddsPoint {
  readonly week: number;
  /** Percent of the week's continuations that ended as the game did (key regions and war end). */
  readonly outcome: number;
  /** Mean score of each actor with aims over the week's continuations. */
  readonly meanScore: Readonly<Record<ActorId, number>>;
}

export interface TurningPoint {
  readonly week: number;
  /** The odds of the outcome at the start of the week and at the start of the next. */
  readonly before: number;
  readonly after: number;
  /** after − before, in percentage points. */
  readonly shift: number;
  /** How each actor's mean score moved over the week. */
  readonly scoreShift: Readonly<Record<ActorId, number>>;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The odds of the actual outcome at the start of each week, in week order. */
export function oddsCurve(weeks: readonly WeekOdds[], actual: GameSummary, regions: readonly RegionId[]): OddsPoint[] {
  return [...weeks]
    .sort((a, b) => a.week - b.week)
    .map(({ week, games }) => {
      if (games.length === 0) throw new Error(`oddsCurve: week ${week} has no continuations`);
      const meanScore: Record<ActorId, number> = {};
      for (const actor of Object.keys(actual.scores).sort()) meanScore[actor] = round2(games.reduce((s, g) => s + (g.scores[actor] ?? 0), 0) / games.length);
      return { week, outcome: round1((games.filter((g) => sameOutcome(actual, g, regions)).length * 100) / games.length), meanScore };
    });
}

const scoreMove = (t: TurningPoint): number => Object.values(t.scoreShift).reduce((s, x) => s + Math.abs(x), 0);

/**
 * Every week of the curve that has a next point, ranked: the biggest move of the outcome's odds
 * first (either way), then the biggest move of the mean scores, then the earlier week.
 */
export function turningPoints(curve: readonly OddsPoint[]): TurningPoint[] {
  const steps: TurningPoint[] = [];
  for (let i = 0; i + 1 < curve.length; i++) {
    const a = curve[i];
    const b = curve[i + 1];
    if (b.week !== a.week + 1) throw new Error(`turningPoints: week ${a.week} is followed by week ${b.week}; the curve needs every week`);
    const scoreShift: Record<ActorId, number> = {};
    for (const actor of Object.keys(a.meanScore)) scoreShift[actor] = round2((b.meanScore[actor] ?? 0) - a.meanScore[actor]);
    steps.push({ week: a.week, before: a.outcome, after: b.outcome, shift: round1(b.outcome - a.outcome), scoreShift });
  }
  return steps.sort((x, y) => Math.abs(y.shift) - Math.abs(x.shift) || scoreMove(y) - scoreMove(x) || x.week - y.week);
}

/** What happened in a week (1-based), as the debrief's moments tell it: the `limit` weightiest entries of that week's log. */
export function weekMoments(log: readonly LogEntry[], week: number, holders: AimHolders, calendar: Calendar, limit = 3): Moment[] {
  return rankMoments(
    log.filter((e) => e.turn === week - 1),
    holders,
    calendar,
    limit,
  );
}
