// The parts of a game that never change after it starts (the map, who commands whom), read
// once from a plain state and shared. Reading them through an immer draft would create a
// proxy per object touched, which is most of a turn's cost.
import { original, type Draft } from 'immer';
import type { Actor, ActorId, GameState, Infrastructure, RegionId, Terrain, Zone } from './types';

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
  /** Actors' names (static). */
  readonly actorNames: Readonly<Record<ActorId, string>>;
  readonly commander: Readonly<Record<ActorId, ActorId>>;
}

const cache = new WeakMap<object, Board>();
/** The board asked for last (one game's, kept until another game asks). */
let lastKey: object | null = null;
let lastBoard: Board | null = null;

/**
 * How many of resolveTurn's phases are running on an immer draft now (turn.ts is the engine's
 * only producer). While none is, no draft exists anywhere, and the readers below skip the
 * check for one: on simulateTurn's working copies and on the states the computer actors plan
 * on, that check (a symbol read on every record passed in) was about 6% of a batch game.
 */
let openDrafts = 0;

/** Run one phase on an immer draft (resolveTurn): the readers below look for drafts meanwhile. */
export function onDraft<T>(run: () => T): T {
  openDrafts++;
  try {
    return run();
  } finally {
    openDrafts--;
  }
}

/** The plain state behind a draft (the state as the phase began), or the state itself. */
export function plain(state: GameState): GameState {
  return plainRoot(state) ? state : (original(state as Draft<GameState>) as GameState);
}

function build(s: GameState): Board {
  const regions: Record<RegionId, BoardRegion> = {};
  for (const id of s.regionOrder) {
    const r = s.regions[id];
    regions[id] = { name: r.name, neighbours: r.neighbours, terrain: r.terrain, zone: r.zone, sovereign: r.sovereign, population: r.population, value: r.value, infrastructure: r.infrastructure };
  }
  const commander: Record<ActorId, ActorId> = {};
  const actorNames: Record<ActorId, string> = {};
  for (const id of s.actorOrder) {
    commander[id] = s.actors[id].commandedBy ?? id;
    actorNames[id] = s.actors[id].name;
  }
  return { regions, actorNames, commander };
}

/** The static board of this game (memoised on the scenario's frozen order lists, which every turn's state shares). */
export function boardOf(state: GameState): Board {
  const s = plain(state);
  const key = s.regionOrder as unknown as object;
  // Most calls in a row are for the same game: check the last board before the WeakMap.
  if (key === lastKey && lastBoard) return lastBoard;
  let b = cache.get(key);
  if (!b) {
    b = build(s);
    cache.set(key, b);
  }
  lastKey = key;
  lastBoard = b;
  return b;
}

/** immer's own key for a draft's bookkeeping (immer 11: `Symbol.for("immer-state")`). */
const DRAFT_STATE = Symbol.for('immer-state');

interface DraftInternals {
  readonly modified_: boolean;
  readonly base_: object;
  readonly copy_: object | null;
}

function internals(v: unknown): DraftInternals | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const s = (v as { [DRAFT_STATE]?: DraftInternals })[DRAFT_STATE];
  // Only trust the bookkeeping if it has the shape this code knows; else read through the draft.
  return s && typeof s.modified_ === 'boolean' && typeof s.base_ === 'object' ? s : undefined;
}

/**
 * `obj[key]`, for reading only. Reading a child of an immer draft opens a draft for it, which
 * copies the parent and wraps the child in a proxy: most of a turn's cost when a rule scans the
 * wars, the treaties or every actor. `look` returns the child as it stands now without that:
 * the base's own child when nothing in this phase has changed it, else the (changed) draft.
 * The result must never be written to: it may be the previous turn's frozen object.
 */
export function look<T extends object, K extends keyof T>(obj: T, key: K): Readonly<T[K]> {
  if (openDrafts === 0) return obj[key];
  const s = internals(obj);
  const v = s ? ((s.copy_ ?? s.base_) as T)[key] : obj[key];
  const c = internals(v);
  return (c && !c.modified_ ? c.base_ : v) as Readonly<T[K]>;
}

/** The rules table: static for the whole game, so read from the plain state, never a draft. */
export function rulesOf(state: GameState): GameState['rules'] {
  return plain(state).rules;
}

/** The actors' fixed order (static). */
export function actorOrderOf(state: GameState): readonly ActorId[] {
  return plain(state).actorOrder;
}

/** The regions' fixed order (static). */
export function regionOrderOf(state: GameState): readonly RegionId[] {
  return plain(state).regionOrder;
}

/**
 * Is this whole state plain, not an immer draft? A plain state (simulateTurn's working copy, a
 * state rebuilt from a view) holds no draft anywhere inside it, so it can be read directly. Its
 * own property read sees only states, so it stays fast where `look`'s sees every kind of record.
 */
function plainRoot(state: GameState): boolean {
  return openDrafts === 0 || (state as { [DRAFT_STATE]?: unknown })[DRAFT_STATE] === undefined;
}

/** Who holds a region now, read without opening drafts (see `look`). */
export function controllerOf(state: GameState, region: RegionId): ActorId | null {
  return plainRoot(state) ? state.regions[region].controller : look(look(state, 'regions'), region).controller;
}

/** An actor as it stands now, for reading only (see `look`). */
export function actorNow(state: GameState, id: ActorId): Readonly<Actor> {
  return plainRoot(state) ? state.actors[id] : look(look(state, 'actors'), id);
}

/** An actor's name (static): for the log's text, read without touching drafts. */
export function actorName(state: GameState, id: ActorId): string {
  return boardOf(state).actorNames[id] ?? id;
}

/** A region's name (static). */
export function regionName(state: GameState, id: RegionId): string {
  return boardOf(state).regions[id]?.name ?? id;
}
