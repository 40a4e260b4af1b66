// The board as a graph of neighbouring regions.
import type { ActorId, GameState, RegionId } from './types';
import { allied } from './sides';

export function adjacent(state: GameState, a: RegionId, b: RegionId): boolean {
  return Object.hasOwn(state.regions, a) && state.regions[a].neighbours.includes(b);
}

/** Regions within `steps` moves of `from`, excluding `from`, in sorted order. */
export function withinSteps(state: GameState, from: RegionId, steps: number): RegionId[] {
  const regions = state.regions;
  const seen = new Set<RegionId>([from]);
  let frontier = [from];
  for (let i = 0; i < steps; i++) {
    const next: RegionId[] = [];
    for (const r of frontier) {
      // An index loop: neighbour lists are frozen (see seenForces in view.ts).
      const ns = regions[r].neighbours;
      for (let k = 0; k < ns.length; k++) if (!seen.has(ns[k])) { seen.add(ns[k]); next.push(ns[k]); }
    }
    frontier = next;
  }
  seen.delete(from);
  return [...seen].sort();
}

/** A region is in supply when a chain of friendly-held regions links it to a capital of its side. */
export function inSupply(state: GameState, actor: ActorId, region: RegionId): boolean {
  const regions = state.regions;
  const seen = new Set<RegionId>([region]);
  const queue = [region];
  for (let i = 0; i < queue.length; i++) {
    const r = queue[i];
    const controller = state.regions[r].controller;
    if (regions[r].infrastructure.includes('capital') && controller !== null && allied(state, actor, controller)) return true;
    const ns = regions[r].neighbours;
    for (let k = 0; k < ns.length; k++) {
      const n = ns[k];
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
  const regions = state.regions;
  const order = state.regionOrder;
  const out: RegionId[] = [];
  // Index loops: the order and neighbour lists are frozen (see view.ts, seenForces).
  for (let i = 0; i < order.length; i++) {
    const id = order[i];
    const controller = state.regions[id].controller;
    if (controller === null || !allied(state, actor, controller)) continue;
    const ns = regions[id].neighbours;
    for (let k = 0; k < ns.length; k++) {
      const c = state.regions[ns[k]].controller;
      if (c !== null && isEnemy(c)) {
        out.push(id);
        break;
      }
    }
  }
  return out;
}
