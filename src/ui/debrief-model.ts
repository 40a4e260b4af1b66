// What the debrief shows: chart series from the recorded history, and the moments that mattered.
import type { LogEntry, TurnSummary, View } from '../engine';
import { rankMoments, type Moment } from '../report/moments';

export type Metric = 'territory' | 'casualties' | 'legitimacy' | 'influence';
export const METRICS: readonly { metric: Metric; title: string }[] = [
  { metric: 'territory', title: 'Regions held (handovers under a treaty left out)' },
  { metric: 'casualties', title: 'Casualties' },
  { metric: 'legitimacy', title: 'Legitimacy' },
  { metric: 'influence', title: 'Influence over others (sum)' },
];

export interface Series {
  readonly actor: string;
  readonly points: readonly number[];
}

/** A region handed over under a settlement: a capture logged with the settlement as its cause. */
function handovers(log: readonly LogEntry[]): { turn: number; from: string; to: string }[] {
  const out: { turn: number; from: string; to: string }[] = [];
  // Handovers still due when the game ends happen after its last figures were taken: the chart never saw them.
  for (const e of log) if (e.kind === 'capture' && e.cause === 'settlement' && e.from !== null && e.phase !== 'end') out.push({ turn: e.turn, from: e.from, to: e.to });
  return out;
}

/**
 * One series per actor that ever had a non-zero figure, among the actors that give orders. Regions
 * held count what was won or lost in battle: a region handed over under a treaty stays with its
 * holder before the handover (from the log's handover entries), so a signature is not drawn as a defeat.
 */
export function chartSeries(view: View, history: readonly TurnSummary[], metric: Metric, log: readonly LogEntry[] = []): Series[] {
  const actors = view.actorOrder.filter((a) => !view.actors[a].background);
  const handed = metric === 'territory' ? handovers(log) : [];
  const figure = (h: TurnSummary, a: string): number => {
    let v = h[metric][a] ?? 0;
    for (const x of handed) if (x.turn <= h.turn) v += (x.from === a ? 1 : 0) - (x.to === a ? 1 : 0);
    return v;
  };
  return actors
    .map((a) => ({ actor: a, points: history.map((h) => figure(h, a)) }))
    .filter((s) => s.points.some((p) => p !== 0) && (metric !== 'legitimacy' || s.points.some((p, i) => i > 0 && p !== s.points[0]) || true));
}

/**
 * The moments that mattered in the player's game, ranked by consequence over the whole war (the
 * class debrief's ranking), each with its rolls: what the player may read of the log.
 */
export function keyMoments(log: readonly LogEntry[], view: View, limit = 12): Moment[] {
  return rankMoments(log, view, view.calendar, limit);
}
