// The game's data model. Everything here is plain JSON: integers, strings, arrays and
// records with ids as keys. No classes, no Maps, no floats, so a state can be hashed,
// saved, loaded and replayed byte for byte in Node and in a browser.
// The parts each have their own module; this one holds the state and re-exports them all, so
// `./types` stays the one place to import the model from.

import type { Actor } from './actor-types';
import type { PackageKind, Proposal, ProxyLink, Treaty } from './diplomacy-types';
import type { DeckEvent, ScheduledEvent } from './event-types';
import type { Rules } from './rules-types';
export * from './actor-types';
export * from './diplomacy-types';
export * from './rules-types';
export * from './event-types';
export * from './order-types';

export type ActorId = string;
export type RegionId = string;

export const FORCE_TYPES = [
  'infantry',
  'armour',
  'artillery',
  'airDefence',
  'drones',
  'specialForces',
  'mercenaries',
  'peacekeepers',
] as const;
export type ForceType = (typeof FORCE_TYPES)[number];
export type Forces = Record<ForceType, number>;

export const TERRAINS = ['mountain', 'foothills', 'lowland', 'urban'] as const;
export type Terrain = (typeof TERRAINS)[number];

export const INFRASTRUCTURE = ['capital', 'pipeline', 'base', 'radar', 'corridor', 'border-crossing', 'airbase'] as const;
export type Infrastructure = (typeof INFRASTRUCTURE)[number];

/** Which legal zone a region belongs to: the treaty logic turns on it. */
export const ZONES = ['nkao', 'district', 'azerbaijan', 'armenia', 'iran'] as const;
export type Zone = (typeof ZONES)[number];

export interface Region {
  readonly id: RegionId;
  readonly name: string;
  /** Latitude and longitude in hundredths of a degree (39.82 -> 3982). */
  readonly lat: number;
  readonly lon: number;
  readonly terrain: Terrain;
  readonly zone: Zone;
  /** Whose territory it is in international law (used for treaty triggers). */
  readonly sovereign: ActorId;
  readonly population: number;
  readonly infrastructure: readonly Infrastructure[];
  readonly value: number;
  readonly neighbours: readonly RegionId[];
  controller: ActorId | null;
  /** Turn on which the controller last changed (-1: at the start). */
  capturedTurn: number;
}

export type Casualties = { military: number; civilian: number };

export interface Calendar {
  /** ISO date of turn 0, e.g. '2020-09-27'. */
  readonly start: string;
  readonly daysPerTurn: number;
  readonly turns: number;
  /** 'handover': a settlement ends the game once its handovers are done; 'calendar': play on to the end. */
  readonly settlementEnds: 'handover' | 'calendar';
}

/** The xor128 generator's state: four 32-bit integers. */
export interface RngState {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly w: number;
}

/**
 * The parts the scenario's actors play in the rules. Rules read these, never actor ids. (A
 * defence treaty's guarantors are its parties other than its beneficiary; mediators are marked
 * in each actor's doctrine.)
 */
export interface Roles {
  /** The two patrons whose contest the tension track measures: their overt and exposed packages raise it, both lose legitimacy while it stands at its limit, and each loses influence over a client the other supplies. */
  readonly rivals: readonly [ActorId, ActorId];
  /** The power that brokers an end to the fighting: named when an event stops it; the computer actors offer its peacekeepers and monitors. */
  readonly broker: ActorId;
  /** Who condemns strikes on populated places, in this order. */
  readonly critics: readonly ActorId[];
  /** An alliance that calls on one of its members to calm things when tension runs high; null for none. */
  readonly alliance: { readonly actor: ActorId; readonly member: ActorId } | null;
  /** Who protests when a patron's foreign fighters are exposed, in this order. */
  readonly fighterCritics: readonly ActorId[];
  /** Countries whose parts may turn up in a downed drone's wreckage, in this order, with the chance for each drone examined. */
  readonly componentMakers: readonly { readonly actor: ActorId; readonly foundPct: number }[];
}

export interface GameState {
  readonly format: 'karabakh-state';
  readonly engineVersion: string;
  readonly scenarioId: string;
  readonly scenarioHash: string;
  readonly variant: string | null;
  readonly seed: string;
  readonly calendar: Calendar;
  /** Turns resolved so far; the next turn to play is `turn`. */
  turn: number;
  rng: RngState;
  actors: Record<ActorId, Actor>;
  /** Sorted actor ids: iterate with this, never with object keys. */
  readonly actorOrder: readonly ActorId[];
  regions: Record<RegionId, Region>;
  readonly regionOrder: readonly RegionId[];
  treaties: Treaty[];
  /** Regions a settlement hands over later, in the order they fall due. */
  handovers: Handover[];
  links: ProxyLink[];
  proposals: Proposal[];
  /** Pairs of actors at war, each pair sorted. */
  wars: War[];
  /** The tension between the two rival patrons (roles.rivals), 0-100. */
  tension: number;
  /** Scheduled events not yet fired or discarded. */
  pendingEvents: string[];
  /** What the game has learned of third parties' stances, by actor: an entry appears the first time one is tested. */
  thirdParties: Record<ActorId, ThirdParty>;
  /** The turn the alliance (roles.alliance) last called for calm, or null. */
  allianceCallTurn: number | null;
  /** Defence treaties already noted as not covering a zone fought in: one entry per treaty and zone, in the order noted. */
  treatyNotices: TreatyNotice[];
  /** Counter for ids of treaties, links and proposals. */
  nextId: number;
  rules: Rules;
  roles: Roles;
  events: ScheduledEvent[];
  /** The random-event deck, and the ids of once-only cards already drawn. */
  deck: DeckEvent[];
  drawn: string[];
  /** Packages a variant forbids (e.g. no Turkish drones). */
  forbidden: { readonly patron: ActorId; readonly package: PackageKind }[];
  /** Recorded history for charts and the debrief: one entry per resolved turn. */
  history: TurnSummary[];
  ended: { reason: EndReason; turn: number } | null;
}

/** A third party's stance, each part fixed from the seed the first time it is tested (null: not yet). */
export interface ThirdParty {
  /** Whether it lets military cargo cross its land: rolled when first asked for transit, or closed by an event. */
  routesOpen: boolean | null;
  /** How many incidents of fire on its border it tolerates: rolled at the first incident. */
  tolerance: number | null;
  /** Incidents of fire on its border so far. */
  incidents: number;
  /** The turn it reinforced its border, or null. */
  reinforcedTurn: number | null;
}

export interface TreatyNotice {
  readonly treaty: string;
  readonly zone: Zone;
}

export interface Handover {
  readonly region: RegionId;
  readonly to: ActorId;
  /** The turn on which it is due. */
  readonly turn: number;
  readonly treaty: string;
}

export interface War {
  readonly a: ActorId;
  readonly b: ActorId;
  readonly since: number;
}

export type EndReason = 'settlement' | 'calendar' | 'collapse';

export interface TurnSummary {
  readonly turn: number;
  readonly territory: Record<ActorId, number>;
  readonly casualties: Record<ActorId, number>;
  readonly legitimacy: Record<ActorId, number>;
  readonly influence: Record<ActorId, number>;
  readonly tension: number;
}

/** Errors at the engine's edge are values with a stable code. */
export interface EngineError {
  readonly ok: false;
  readonly code: string;
  readonly message: string;
}
export type Ok<T> = { readonly ok: true } & T;
export type Result<T> = Ok<T> | EngineError;
