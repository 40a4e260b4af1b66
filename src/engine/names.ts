// Names for the log's text: an id's display name, or the id itself when it names nothing.
import type { ActorId, GameState, RegionId, Zone } from './types';

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

/** A legal zone in words: "the former autonomous region", "Armenia's own territory". */
export function zoneName(state: GameState, zone: Zone): string {
  if (zone === 'nkao') return 'the former autonomous region';
  if (zone === 'district') return 'the surrounding districts';
  return `${actorName(state, zone)}'s own territory`;
}

/** "a, b and c". */
export function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
