// One table of fields for each record of the data model: how each field is carried into a copy
// (the working copy that simulateTurn plays on) and who sees it in a view. Every copy and view
// of a record is built from its table, so a field is added in one place: `satisfies` below
// refuses a table that misses a field of its type or names one the type does not have.
import { copyForces } from './forces';
import { keyed } from './keyed';
import type { Actor, Forces, GameState, Proposal, ProxyLink, Region, ThirdParty, Treaty } from './types';

/**
 * How a field is carried into a working copy:
 * - `keep`: shared as it is (a number, string, boolean or null, or data fixed when the game
 *   starts, such as names, the map, doctrines and aims, frozen with the scenario);
 * - `shallow`: a record of numbers or a list of values the turn changes, copied one level deep;
 * - `forces`: region → force record, each record copied;
 * - a table: a list or a record of records, each copied with that table.
 */
export type Carry = 'keep' | 'shallow' | 'forces' | Table;

/** Who sees a field in a view: everyone, only the actor's own side, or nobody (the view leaves it out). */
export type Shown = 'public' | 'own' | 'hidden';

export interface Field {
  readonly carry: Carry;
  readonly shown: Shown;
}

export type Fields<T> = { readonly [K in keyof T]-?: Field };

/** A table, whatever its record. */
export interface Table {
  /** The record's fields, in the order copies are built. */
  readonly keys: readonly string[];
  readonly carry: readonly Carry[];
  readonly shown: readonly Shown[];
  /** Compiled from the lists above when the table is made (see compile). */
  readonly copy: (src: never) => object;
  readonly showMine: (src: never) => Record<string, unknown>;
  readonly showOthers: (src: never) => Record<string, unknown>;
}

export interface FieldTable<T> extends Table {
  readonly keys: readonly (keyof T & string)[];
}

function table<T>(fields: Fields<T>): FieldTable<T> {
  const keys = Object.keys(fields) as (keyof T & string)[];
  const carry = keys.map((k) => fields[k].carry);
  const shown = keys.map((k) => fields[k].shown);
  const seen = keys.filter((k) => fields[k].shown !== 'hidden');
  const show = (mine: boolean) => compile(seen, (k) => (fields[k as keyof T].shown === 'own' && !mine ? 'null' : `c[0](s.${k})`), [shared]);
  return {
    keys,
    carry,
    shown,
    copy: compile(keys, (k, i) => (carry[i] === 'keep' ? `s.${k}` : `s.${k} === undefined ? undefined : c[${i}](s.${k})`), carry.map(carrier)),
    showMine: show(true),
    showOthers: show(false),
  };
}

const keep = { carry: 'keep', shown: 'public' } as const;

export const ACTOR_FIELDS = {
  id: keep,
  name: keep,
  playable: keep,
  background: keep,
  commandedBy: keep,
  treasury: keep,
  income: keep,
  domesticSupport: keep,
  legitimacy: keep,
  influence: { carry: 'shallow', shown: 'public' },
  relations: { carry: 'shallow', shown: 'public' },
  casualties: { carry: 'shallow', shown: 'public' },
  displaced: keep,
  // Others' forces are seen only as estimates, region by region (view.ts).
  forces: { carry: 'forces', shown: 'hidden' },
  reserves: { carry: 'keep', shown: 'own' },
  actionPoints: keep,
  aims: keep,
  doctrine: { carry: 'keep', shown: 'hidden' },
  embargoedBy: { carry: 'shallow', shown: 'hidden' },
  breaches: { carry: 'keep', shown: 'hidden' },
  collapsed: keep,
} as const satisfies Fields<Actor>;

export const REGION_FIELDS = {
  id: keep,
  name: keep,
  lat: keep,
  lon: keep,
  terrain: keep,
  zone: keep,
  sovereign: keep,
  population: keep,
  infrastructure: keep,
  value: keep,
  neighbours: keep,
  controller: keep,
  capturedTurn: keep,
} as const satisfies Fields<Region>;

export const LINK_FIELDS = {
  id: keep,
  patron: keep,
  client: keep,
  package: keep,
  covert: keep,
  since: { carry: 'keep', shown: 'hidden' },
  deliverTurn: keep,
  until: { carry: 'keep', shown: 'hidden' },
  delivered: { carry: 'keep', shown: 'hidden' },
  exposed: keep,
  active: keep,
  size: keep,
  condition: keep,
  withdrawn: keep,
  sold: keep,
  deliveredTurn: keep,
} as const satisfies Fields<ProxyLink>;

const TREATY_FIELDS = {
  id: keep,
  kind: keep,
  parties: keep,
  since: keep,
  expires: keep,
  renewable: keep,
  text: keep,
  covers: keep,
  beneficiary: keep,
  monitors: keep,
  terms: keep,
  breachedBy: { carry: 'shallow', shown: 'public' },
} as const satisfies Fields<Treaty>;

const PROPOSAL_FIELDS = {
  id: keep,
  from: keep,
  to: keep,
  turn: keep,
  terms: keep,
  answers: { carry: 'shallow', shown: 'public' },
  status: keep,
  counterTo: keep,
} as const satisfies Fields<Proposal>;

export const ACTORS = table<Actor>(ACTOR_FIELDS);
export const REGIONS = table<Region>(REGION_FIELDS);
export const LINKS = table<ProxyLink>(LINK_FIELDS);
const TREATIES = table<Treaty>(TREATY_FIELDS);
const PROPOSALS = table<Proposal>(PROPOSAL_FIELDS);

/** What the game has learned of a third party's stance: all plain values, copied whole. */
const THIRD_PARTY_FIELDS = {
  routesOpen: { carry: 'keep', shown: 'hidden' },
  tolerance: { carry: 'keep', shown: 'hidden' },
  incidents: { carry: 'keep', shown: 'hidden' },
  reinforcedTurn: { carry: 'keep', shown: 'hidden' },
} as const satisfies Fields<ThirdParty>;

const THIRD_PARTIES = table<ThirdParty>(THIRD_PARTY_FIELDS);

/** The game's top level. Views are built field by field in view.ts; this table serves the working copy. */
const STATE_FIELDS = {
  format: keep,
  engineVersion: keep,
  scenarioId: keep,
  scenarioHash: keep,
  variant: keep,
  seed: keep,
  calendar: keep,
  turn: keep,
  rng: { carry: 'shallow', shown: 'hidden' },
  actors: { carry: ACTORS, shown: 'public' },
  actorOrder: keep,
  regions: { carry: REGIONS, shown: 'public' },
  regionOrder: keep,
  treaties: { carry: TREATIES, shown: 'public' },
  handovers: { carry: 'shallow', shown: 'public' },
  links: { carry: LINKS, shown: 'public' },
  proposals: { carry: PROPOSALS, shown: 'public' },
  wars: { carry: 'shallow', shown: 'public' },
  tension: keep,
  pendingEvents: { carry: 'shallow', shown: 'hidden' },
  thirdParties: { carry: THIRD_PARTIES, shown: 'hidden' },
  allianceCallTurn: { carry: 'keep', shown: 'hidden' },
  treatyNotices: { carry: 'shallow', shown: 'hidden' },
  nextId: keep,
  rules: keep,
  roles: keep,
  events: keep,
  deck: keep,
  drawn: { carry: 'shallow', shown: 'hidden' },
  forbidden: { carry: 'shallow', shown: 'hidden' },
  history: { carry: 'shallow', shown: 'public' },
  ended: { carry: 'shallow', shown: 'public' },
} as const satisfies Fields<GameState>;

export const STATE = table<GameState>(STATE_FIELDS);

/** The keys of a table whose fields are shown to `who` ('public': everyone; 'own': the actor's side too). */
export type ShownKeys<F, Who extends Shown> = { [K in keyof F]: F[K] extends { readonly shown: Who } ? K : never }[keyof F];

/** How one field is carried into a copy. */
function carrier(how: Carry): (v: never) => unknown {
  if (how === 'keep') return (v) => v;
  if (how === 'shallow') return (v: object | null) => (v === null ? v : Array.isArray(v) ? v.slice() : { ...v });
  if (how === 'forces') {
    return (src: Record<string, Forces>) => {
      const out = keyed<Forces>();
      for (const r in src) out[r] = copyForces(src[r]);
      return out;
    };
  }
  const copy = how.copy;
  return (v: object) => {
    if (Array.isArray(v)) return v.map((x: object) => copy(x as never));
    const src = v as Record<string, object>;
    const out: Record<string, object> = {};
    for (const k in src) out[k] = copy(src[k] as never);
    return out;
  };
}

/** A value a view hands out: shared when frozen (every state from newGame and resolveTurn is), else copied. */
function shared(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  return Array.isArray(v) ? v.slice() : { ...v };
}

/**
 * A function of (s, f) returning one object literal with a field per key, each written by
 * `field` as an expression of `s` (the source record), `f` (a second record) and `c` (the
 * values passed as `context`). Compiled once, when a table is made, so every record of a kind
 * gets one shape, as a copy written out by hand would: on the batch's hot path a generic
 * field-by-field build costs two to four times more. Keys are checked to be plain names first.
 */
function compile(keys: readonly string[], field: (k: string, i: number) => string, context: readonly unknown[]): (s: never, f?: never) => Record<string, unknown> {
  for (const k of keys) if (!/^[A-Za-z_$][\w$]*$/.test(k)) throw new Error(`field "${k}" is not a plain name`);
  const fields = keys.map((k, i) => `${k}: ${field(k, i)}`);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- built from the tables in this file, never from input
  const make = new Function('c', `return function record(s, f) { return { ${fields.join(', ')} }; }`) as (c: readonly unknown[]) => (s: never, f?: never) => Record<string, unknown>;
  return make(context);
}

/**
 * A copy of a record whose parts the turn may change are its own: what the table carries as
 * `keep` is shared. An optional field the source leaves out is undefined in the copy (JSON and
 * the state hash skip it).
 */
export function copyWith<T extends object>(t: FieldTable<T>, src: T): T {
  return t.copy(src as never) as T;
}

/**
 * A record rebuilt from what a view shows of it and, for the fields named in `filled` (those the
 * view hides, or that the caller wants otherwise), from a second record: the computer actors
 * rebuild a state from their view. Make one per use, once.
 */
export function rebuilder<T extends object, F extends object>(t: FieldTable<T>, filled: readonly (keyof F & string)[]): (seen: object, fill: F) => T {
  const own = new Set<string>(filled);
  return compile(t.keys, (k) => (own.has(k) ? `f.${k}` : `s.${k}`), []) as unknown as (seen: object, fill: F) => T;
}

/**
 * The fields of a record a viewer may see: public ones, and `own` ones when `mine` (null when
 * not); hidden ones are left out. A record or list the view hands out is shared only when it is
 * frozen, else copied, so no one can change the state through a view.
 */
export function shownOf<T extends object>(t: FieldTable<T>, src: T, mine: boolean): Record<string, unknown> {
  return (mine ? t.showMine : t.showOthers)(src as never);
}
