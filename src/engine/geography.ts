// The board as a graph of neighbouring regions.
import type { ActorId, GameState, RegionId } from './types';
import { boardOf, controllerOf, regionOrderOf } from './board';
import { allied } from './sides';

export function adjacent(state: GameState, a: RegionId, b: RegionId): boolean {
  return boardOf(state).regions[a]?.neighbours.includes(b) ?? false;
}

/** Regions within `steps` moves of `from`, excluding `from`, in sorted order. */
export function withinSteps(state: GameState, from: RegionId, steps: number): RegionId[] {
  const board = boardOf(state).regions;
  const seen = new Set<RegionId>([from]);
  let frontier = [from];
  for (let i = 0; i < steps; i++) {
    const next: RegionId[] = [];
    for (const r of frontier) {
      // An index loop: neighbour lists are frozen (see seenForces in view.ts).
      const ns = board[r].neighbours;
      for (let k = 0; k < ns.length; k++) if (!seen.has(ns[k])) { seen.add(ns[k]); next.push(ns[k]); }
    }
    frontier = next;
  }
  seen.delete(from);
  return [...seen].sort();
}

/** A region is in supply when a chain of friendly-held regions links it to a capital of its side. */
export function inSupply(state: GameState, actor: ActorId, region: RegionId): boolean {
  const board = boardOf(state).regions;
  const seen = new Set<RegionId>([region]);
  const queue = [region];
  for (let i = 0; i < queue.length; i++) {
    const r = queue[i];
    const controller = controllerOf(state, r);
    if (board[r].infrastructure.includes('capital') && controller !== null && allied(state, actor, controller)) return true;
    const ns = board[r].neighbours;
    for (let k = 0; k < ns.length; k++) {
      const n = ns[k];
      const c = controllerOf(state, n);
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
  const board = boardOf(state).regions;
  const order = regionOrderOf(state);
  const out: RegionId[] = [];
  // Index loops: the order and neighbour lists are frozen (see view.ts, seenForces).
  for (let i = 0; i < order.length; i++) {
    const id = order[i];
    const controller = controllerOf(state, id);
    if (controller === null || !allied(state, actor, controller)) continue;
    const ns = board[id].neighbours;
    for (let k = 0; k < ns.length; k++) {
      const c = controllerOf(state, ns[k]);
      if (c !== null && isEnemy(c)) {
        out.push(id);
        break;
      }
    }
  }
  return out;
}
