// What the debrief shows: chart series from the recorded history, and the moments that mattered.
import type { LogEntry, TurnSummary, View } from '../engine';
import { rankMoments, type Moment } from '../report/moments';

export type Metric = 'territory' | 'casualties' | 'legitimacy' | 'influence';
export const METRICS: readonly { metric: Metric; title: string }[] = [
  { metric: 'territory', title: 'Regions held' },
  { metric: 'casualties', title: 'Casualties' },
  { metric: 'legitimacy', title: 'Legitimacy' },
  { metric: 'influence', title: 'Influence over others (sum)' },
];

export interface Series {
  readonly actor: string;
  readonly points: readonly number[];
}

/** One series per actor that ever had a non-zero figure, among the actors that give orders. */
export function chartSeries(view: View, history: readonly TurnSummary[], metric: Metric): Series[] {
  const actors = view.actorOrder.filter((a) => !view.actors[a].background);
  return actors
    .map((a) => ({ actor: a, points: history.map((h) => h[metric][a] ?? 0) }))
    .filter((s) => s.points.some((p) => p !== 0) && (metric !== 'legitimacy' || s.points.some((p, i) => i > 0 && p !== s.points[0]) || true));
}

/**
 * The moments that mattered in the player's game, ranked by consequence over the whole war (the
 * class debrief's ranking), each with its rolls: what the player may read of the log.
 */
export function keyMoments(log: readonly LogEntry[], view: View, limit = 12): Moment[] {
  return rankMoments(log, view, view.calendar, limit);
}
