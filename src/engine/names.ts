// Names for the log's text: an id's display name, or the id itself when it names nothing.
import type { ActorId, GameState, RegionId } from './types';

export function actorName(state: GameState, id: ActorId): string {
  return Object.hasOwn(state.actors, id) ? state.actors[id].name : id;
}

export function regionName(state: GameState, id: RegionId): string {
  return Object.hasOwn(state.regions, id) ? state.regions[id].name : id;
}

/** The tension track's name, from the scenario's rival patrons: "Russia–Turkey tension". */
export function tensionName(state: GameState): string {
  const [a, b] = state.roles.rivals;
  return `${actorName(state, a)}–${actorName(state, b)} tension`;
}

/** A count with its noun: "1 drone", "3 drones". */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
