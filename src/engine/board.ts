// The parts of a game that never change after it starts (the map, who commands whom), read
// once from a plain state and shared. Reading them through an immer draft would create a
// proxy per object touched, which is most of a turn's cost.
import { isDraft, original, type Draft } from 'immer';
import type { ActorId, GameState, Infrastructure, RegionId, Terrain, Zone } from './types';

export interface BoardRegion {
  readonly name: string;
  readonly neighbours: readonly RegionId[];
  readonly terrain: Terrain;
  readonly zone: Zone;
  readonly sovereign: ActorId;
  readonly population: number;
  readonly value: number;
  readonly infrastructure: readonly Infrastructure[];
}

export interface Board {
  readonly regions: Readonly<Record<RegionId, BoardRegion>>;
  readonly commander: Readonly<Record<ActorId, ActorId>>;
}

const cache = new WeakMap<object, Board>();

/** The plain state behind a draft (the state as the phase began), or the state itself. */
export function plain(state: GameState): GameState {
  return isDraft(state) ? (original(state as Draft<GameState>) as GameState) : state;
}

function build(s: GameState): Board {
  const regions: Record<RegionId, BoardRegion> = {};
  for (const id of s.regionOrder) {
    const r = s.regions[id];
    regions[id] = { name: r.name, neighbours: r.neighbours, terrain: r.terrain, zone: r.zone, sovereign: r.sovereign, population: r.population, value: r.value, infrastructure: r.infrastructure };
  }
  const commander: Record<ActorId, ActorId> = {};
  for (const id of s.actorOrder) commander[id] = s.actors[id].commandedBy ?? id;
  return { regions, commander };
}

/** The static board of this game (memoised on the scenario's frozen order lists, which every turn's state shares). */
export function boardOf(state: GameState): Board {
  const s = plain(state);
  const key = s.regionOrder as unknown as object;
  let b = cache.get(key);
  if (!b) {
    b = build(s);
    cache.set(key, b);
  }
  return b;
}
