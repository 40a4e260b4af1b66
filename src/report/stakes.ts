// What rides on each region: the points of every actor's aims that name it. The debrief ranks
// moments and picks the decisive regions by these stakes.
import type { ActorId, Aim, RegionId } from '../engine';

export interface AimHolders {
  readonly actorOrder: readonly ActorId[];
  readonly actors: Readonly<Record<ActorId, { readonly aims: readonly Aim[] }>>;
}

export interface RegionStake {
  readonly region: RegionId;
  /** Sum of the points of the aims that name the region. */
  readonly points: number;
  /** How many actors have an aim on it. */
  readonly actors: number;
}

function regionOf(aim: Aim): RegionId | null {
  const c = aim.condition;
  return c.kind === 'controls' || c.kind === 'not-controlled-by' || c.kind === 'region-held-by' ? c.region : null;
}

/** Every region some aim names, most at stake first (ties by region id). */
export function regionStakes(holders: AimHolders): RegionStake[] {
  const points = new Map<RegionId, number>();
  const actors = new Map<RegionId, Set<ActorId>>();
  for (const actor of holders.actorOrder) {
    for (const aim of holders.actors[actor].aims) {
      const region = regionOf(aim);
      if (region === null) continue;
      points.set(region, (points.get(region) ?? 0) + aim.points);
      actors.set(region, (actors.get(region) ?? new Set()).add(actor));
    }
  }
  return [...points.keys()]
    .map((region) => ({ region, points: points.get(region)!, actors: actors.get(region)!.size }))
    .sort((a, b) => b.points - a.points || (a.region < b.region ? -1 : 1));
}

/** The regions the scenario's aims make decisive: named by two or more actors, most at stake first. */
export function decisiveRegions(holders: AimHolders, count = 1): RegionId[] {
  return regionStakes(holders)
    .filter((s) => s.actors >= 2)
    .slice(0, count)
    .map((s) => s.region);
}
