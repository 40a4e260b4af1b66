import { dateOfTurn, longDate, type LogEntry, type TurnSummary, type View } from '../engine';
// What the debrief shows: chart series from the recorded history, and the moments that mattered.

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

export interface Moment {
  readonly turn: number;
  readonly date: string;
  readonly text: string;
  readonly kind: LogEntry['kind'];
}

/** The decisions and turning points: captures, treaties, exposures, accepted or refused proposals, the end. */
export function keyMoments(log: readonly LogEntry[], view: View, limit = 40): Moment[] {
  const keep = (e: LogEntry): boolean => {
    switch (e.kind) {
      case 'capture':
      case 'end':
        return true;
      case 'treaty':
        return e.change !== 'renewed';
      case 'support':
        return e.change === 'exposed' || e.change === 'sent';
      case 'answer':
        return true;
      case 'event':
        return true;
      default:
        return false;
    }
  };
  return log
    .filter(keep)
    .slice(0, limit)
    .map((e) => ({ turn: e.turn, date: longDate(dateOfTurn(view.calendar, e.turn)), text: e.text, kind: e.kind }));
}
