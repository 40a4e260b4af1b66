// Reading what a player sent, which may be anything JSON (or a script) can hold: own fields
// only, whole numbers in range, lists and texts of bounded length, ids looked up as own keys.
// Nothing here walks input it was not asked for, so depth and extra fields cost nothing.
// A refusal unwinds the reading by a private exception and comes out of `readInput` as a
// value; nothing else throws it and nothing else catches it.
import type { Range } from './rules';
import { ORDER_LIMITS } from './rules';
import { isActor, isRegion } from './sides';
import type { ActorId, EngineError, GameState, RegionId } from './types';

class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Run a reading; a refusal anywhere inside it becomes the error value. (The reading takes its
 * inputs as arguments rather than as a closure: the CLI runs under tsx, whose naming of every
 * new closure costs more than the reading itself.)
 */
export function readInput<A, B, T>(read: (a: A, b: B) => T, a: A, b: B): { readonly ok: true; readonly value: T } | EngineError {
  try {
    return { ok: true, value: read(a, b) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
}

export function refuse(code: string, message: string): never {
  throw new Refusal(code, message);
}

const QUOTE_LENGTH = 40;

/** A value as a message names it: short, and never through the value's own toString. */
export function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > QUOTE_LENGTH ? `${v.slice(0, QUOTE_LENGTH)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function isId(v: unknown): v is string {
  return typeof v === 'string' && v.length <= ORDER_LIMITS.idLength;
}

type Values = Readonly<Record<string, unknown>>;

/** A field of an input object, if the object itself holds it (never one of its prototype's). */
function own(o: Values, name: string): unknown {
  return Object.hasOwn(o, name) ? o[name] : undefined;
}

/**
 * Reads values of one section of input (an order, or the terms of a proposal): a value of the
 * wrong shape is refused with `code`, an unknown id with ERR_UNKNOWN_ACTOR / ERR_UNKNOWN_REGION.
 */
export class Reader {
  constructor(
    readonly state: GameState,
    readonly code: string,
  ) {}

  wrong(path: string, want: string, v: unknown): never {
    return refuse(this.code, v === undefined ? `${path} is missing: it must be ${want}.` : `${path} must be ${want}, not ${shown(v)}.`);
  }

  /** An object's own fields, read by name; `label` names the object itself where `path` is empty. */
  record(v: unknown, path: string, want: string, label = path): Fields {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.wrong(label, want, v);
    return new Fields(this, v as Values, path);
  }

  count(v: unknown, path: string, range: Range): number {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < range.min || v > range.max) this.wrong(path, `a whole number from ${range.min} to ${range.max}`, v);
    return v;
  }

  flag(v: unknown, path: string): boolean {
    if (typeof v !== 'boolean') this.wrong(path, 'true or false', v);
    return v;
  }

  choice<T extends string>(v: unknown, path: string, choices: readonly T[]): T {
    if (typeof v !== 'string' || !(choices as readonly string[]).includes(v)) this.wrong(path, `one of ${choices.join(', ')}`, v);
    return v as T;
  }

  text(v: unknown, path: string, maxLength: number): string {
    if (typeof v !== 'string' || v.length > maxLength) this.wrong(path, `a text of at most ${maxLength} characters`, v);
    return v;
  }

  actor(v: unknown, path: string): ActorId {
    if (!isId(v) || !isActor(this.state, v)) refuse('ERR_UNKNOWN_ACTOR', `${path}: ${shown(v)} is not an actor in this scenario.`);
    return v;
  }

  region(v: unknown, path: string): RegionId {
    if (!isId(v) || !isRegion(this.state, v)) refuse('ERR_UNKNOWN_REGION', `${path}: ${shown(v)} is not a region of this scenario.`);
    return v;
  }

  /** A fresh list of at most `max` items, each read by `item` with its index in the path. */
  list<T>(v: unknown, path: string, max: number, item: (v: unknown, path: string) => T): T[] {
    if (!Array.isArray(v)) this.wrong(path, `a list (of at most ${max}; it may be empty)`, v);
    const input = v as readonly unknown[];
    if (input.length > max) refuse(this.code, `${path} lists ${input.length} items; at most ${max} are allowed.`);
    const out: T[] = [];
    for (let i = 0; i < input.length; i++) out.push(item(input[i], `${path}[${i}]`));
    return out;
  }
}

/** The fields of one input object, each read by name with its path (`path.name`) for messages. */
export class Fields {
  constructor(
    readonly reader: Reader,
    readonly values: Values,
    readonly path: string,
  ) {}

  at(name: string): string {
    return this.path === '' ? name : `${this.path}.${name}`;
  }

  value(name: string): unknown {
    return own(this.values, name);
  }

  /** The object's own keys, for records keyed by data (force types). */
  keys(): string[] {
    return Object.keys(this.values);
  }

  record(name: string, want: string): Fields {
    return this.reader.record(this.value(name), this.at(name), want);
  }

  count(name: string, range: Range): number {
    return this.reader.count(this.value(name), this.at(name), range);
  }

  flag(name: string): boolean {
    return this.reader.flag(this.value(name), this.at(name));
  }

  choice<T extends string>(name: string, choices: readonly T[]): T {
    return this.reader.choice(this.value(name), this.at(name), choices);
  }

  text(name: string, maxLength: number): string {
    return this.reader.text(this.value(name), this.at(name), maxLength);
  }

  actor(name: string): ActorId {
    return this.reader.actor(this.value(name), this.at(name));
  }

  region(name: string): RegionId {
    return this.reader.region(this.value(name), this.at(name));
  }

  list<T>(name: string, max: number, item: (v: unknown, path: string) => T): T[] {
    return this.reader.list(this.value(name), this.at(name), max, item);
  }

  /** Actors or regions: no list of distinct ids is longer than the scenario's own. */
  actors(name: string): ActorId[] {
    const r = this.reader;
    return r.list(this.value(name), this.at(name), r.state.actorOrder.length, (v, p) => r.actor(v, p));
  }

  regions(name: string): RegionId[] {
    const r = this.reader;
    return r.list(this.value(name), this.at(name), r.state.regionOrder.length, (v, p) => r.region(v, p));
  }
}
