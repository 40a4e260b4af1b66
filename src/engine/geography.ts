// The board as a graph of neighbouring regions.
import type { ActorId, GameState, RegionId } from './types';
import { allied } from './sides';

export function adjacent(state: GameState, a: RegionId, b: RegionId): boolean {
  return state.regions[a]?.neighbours.includes(b) ?? false;
}

/** Regions within `steps` moves of `from`, excluding `from`, in sorted order. */
export function withinSteps(state: GameState, from: RegionId, steps: number): RegionId[] {
  const seen = new Set<RegionId>([from]);
  let frontier = [from];
  for (let i = 0; i < steps; i++) {
    const next: RegionId[] = [];
    for (const r of frontier) for (const n of state.regions[r].neighbours) if (!seen.has(n)) { seen.add(n); next.push(n); }
    frontier = next;
  }
  seen.delete(from);
  return [...seen].sort();
}

/** A region is in supply when a chain of friendly-held regions links it to a capital of its side. */
export function inSupply(state: GameState, actor: ActorId, region: RegionId): boolean {
  const seen = new Set<RegionId>([region]);
  const queue = [region];
  while (queue.length > 0) {
    const r = queue.shift() as RegionId;
    const reg = state.regions[r];
    if (reg.infrastructure.includes('capital') && reg.controller !== null && allied(state, actor, reg.controller)) return true;
    for (const n of reg.neighbours) {
      const c = state.regions[n].controller;
      if (!seen.has(n) && c !== null && allied(state, actor, c)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return false;
}

/** Regions the actor (or its side) controls that touch a region held by an enemy at war. */
export function frontRegions(state: GameState, actor: ActorId, isEnemy: (controller: ActorId) => boolean): RegionId[] {
  return state.regionOrder.filter((id) => {
    const r = state.regions[id];
    if (r.controller === null || !allied(state, actor, r.controller)) return false;
    return r.neighbours.some((n) => {
      const c = state.regions[n].controller;
      return c !== null && isEnemy(c);
    });
  });
}
