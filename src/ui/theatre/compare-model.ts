// Two timelines side by side: who holds each region at a week in each, the scores there, and the
// casualties week by week. Pure (no DOM), so it is tested in Node.
import { casualtiesOf, scoreGame, type ActorId, type GameState } from '../../engine';
import type { TheatreGame } from './model';

export interface ControlDiff {
  readonly region: string;
  readonly a: ActorId | null;
  readonly b: ActorId | null;
}

export interface ScoreRow {
  readonly actor: ActorId;
  readonly a: number;
  readonly b: number;
  readonly max: number;
}

export interface CasualtyRow {
  readonly week: number;
  /** Military and civilian casualties of every actor so far; null past the timeline's last week. */
  readonly a: number | null;
  readonly b: number | null;
}

export interface Comparison {
  /** The week each side shows (the week asked, within each timeline's weeks). */
  readonly weekA: number;
  readonly weekB: number;
  /** Regions whose controller differs between the two, in region order. */
  readonly control: readonly ControlDiff[];
  readonly scores: readonly ScoreRow[];
  readonly casualties: readonly CasualtyRow[];
}

function casualties(state: GameState): number {
  let n = 0;
  for (const a of state.actorOrder) n += casualtiesOf(state.actors[a]);
  return n;
}

export function compare(a: TheatreGame, b: TheatreGame, week: number): Comparison {
  const weekA = a.clamp(week);
  const weekB = b.clamp(week);
  const sa = a.state(weekA);
  const sb = b.state(weekB);
  const control = sa.regionOrder.filter((r) => sa.regions[r].controller !== sb.regions[r]?.controller).map((r) => ({ region: r, a: sa.regions[r].controller, b: sb.regions[r]?.controller ?? null }));
  const pa = scoreGame(sa);
  const pb = scoreGame(sb);
  const scores = sa.actorOrder.filter((x) => !sa.actors[x].background && pa[x].max > 0).map((x) => ({ actor: x, a: pa[x].points, b: pb[x]?.points ?? 0, max: pa[x].max }));
  const last = Math.max(a.lastWeek, b.lastWeek);
  const rows = Array.from({ length: last + 1 }, (_, w) => ({ week: w, a: w <= a.lastWeek ? casualties(a.state(w)) : null, b: w <= b.lastWeek ? casualties(b.state(w)) : null }));
  return { weekA, weekB, control, scores, casualties: rows };
}
