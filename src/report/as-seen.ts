// "As you saw it": at each turn, a team's estimate of each enemy's forces beside the real ones,
// and the covert links it did not know of. Built from viewFor, the same view the team played on.
import { enemiesOf, totalStrength, viewFor, type ActorId, type GameState } from '../engine';
import type { PlayedWorld } from './world';

export interface EnemySeen {
  readonly enemy: ActorId;
  /** Strength points the team's view showed (estimates included). */
  readonly seen: number;
  readonly real: number;
}

export interface HiddenLink {
  readonly patron: ActorId;
  readonly client: ActorId;
  readonly package: string;
}

export interface SeenTurn {
  readonly turn: number;
  readonly enemies: readonly EnemySeen[];
  readonly unknownLinks: readonly HiddenLink[];
}

function seenAt(state: GameState, actor: ActorId, turn: number): SeenTurn {
  const view = viewFor(state, actor);
  const enemies = enemiesOf(state, actor).map((enemy) => {
    let seen = 0;
    let real = 0;
    for (const r of state.regionOrder) {
      for (const f of view.regions[r].forces) if (f.actor === enemy) seen += totalStrength(f.forces);
      real += totalStrength(state.actors[enemy].forces[r]);
    }
    return { enemy, seen, real };
  });
  const known = new Set(view.links.map((l) => l.id));
  const unknownLinks = state.links.filter((l) => l.active && !known.has(l.id)).map((l) => ({ patron: l.patron, client: l.client, package: l.package }));
  return { turn, enemies, unknownLinks };
}

/** What `actor` saw at the start of each turn (the state each turn's orders were given on). */
export function asSeen(world: PlayedWorld, actor: ActorId): SeenTurn[] {
  return world.states.slice(0, -1).map((state, turn) => seenAt(state, actor, turn));
}
