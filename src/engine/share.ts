// A turn's result made final: what the turn left as it was is the previous state's own record
// again, and the rest is frozen. resolveTurn plays the seven phases on a working copy
// (working-copy.ts); this gives its result what immer's produce gave it: records that did not
// change keep their identity from turn to turn (so the state hash, which remembers the digest of a
// frozen record, and a view, which shares what it makes of frozen records, do no work for them),
// and nothing in a returned state can change behind the hash's back.
//
// The walk follows the same field tables (fields.ts) as the copy, so it compares only what the
// copy made afresh: a `keep` field is the earlier value itself unless a phase put another there
// (then it counts as changed, even if equal); a `shallow` record or list is the same when it has
// the same keys in the same order (iteration follows key order) with the very same values; a force
// record when its figures are equal; a record of a table when every field is the same.
import { STATE, type Carry, type Table } from './fields';
import { FORCE_TYPES, type Forces, type GameState } from './types';

type Plain = Record<string, unknown>;

/**
 * `next` (a working copy the caller owns: it is changed in place) with every record equal to the
 * same record of `prev` replaced by `prev`'s. Returns `prev` itself when nothing changed.
 */
export function shareUnchanged(prev: GameState, next: GameState): GameState {
  return shareTable(STATE, prev as unknown as Plain, next as unknown as Plain) as unknown as GameState;
}

function shareTable(t: Table, prev: Plain, next: Plain): Plain {
  // A frozen record is final already: one a phase put there whole.
  if (Object.isFrozen(next)) return next;
  let same = true;
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    const was = prev[k];
    const now = next[k];
    if (was === now) continue;
    const kept = shareField(t.carry[i], was, now);
    if (kept === was) next[k] = was;
    else same = false;
  }
  return same ? prev : next;
}

function shareField(how: Carry, was: unknown, now: unknown): unknown {
  if (how === 'keep' || typeof was !== 'object' || was === null || typeof now !== 'object' || now === null) return now;
  if (how === 'shallow') return sameShallow(was, now) ? was : now;
  if (how === 'forces') return shareEach(was as Plain, now as Plain, sameForces);
  return Array.isArray(now) ? shareList(how, was as unknown[], now) : shareEach(was as Plain, now as Plain, (p, n) => shareTable(how, p as Plain, n as Plain) === p);
}

/** The same values in the same places: a list item for item, a record key for key, in the same order. */
function sameShallow(was: object, now: object): boolean {
  if (Array.isArray(now)) {
    if (!Array.isArray(was) || was.length !== now.length) return false;
    for (let i = 0; i < now.length; i++) if (was[i] !== now[i]) return false;
    return true;
  }
  if (Array.isArray(was)) return false;
  const a = was as Plain;
  const b = now as Plain;
  const keys = Object.keys(b);
  const before = Object.keys(a);
  if (keys.length !== before.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== before[i] || a[keys[i]] !== b[keys[i]]) return false;
  return true;
}

function sameForces(was: unknown, now: unknown): boolean {
  const a = was as Forces;
  const b = now as Forces;
  for (let i = 0; i < FORCE_TYPES.length; i++) if (a[FORCE_TYPES[i]] !== b[FORCE_TYPES[i]]) return false;
  return true;
}

/** A record of records, each kept from `was` when `same` says so; the whole of `was` when every key, in order, is. */
function shareEach(was: Plain, now: Plain, same: (p: unknown, n: unknown) => boolean): Plain {
  if (Object.isFrozen(now)) return now;
  const keys = Object.keys(now);
  const before = Object.keys(was);
  let all = keys.length === before.length;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (all && before[i] !== k) all = false;
    const p = Object.hasOwn(was, k) ? was[k] : undefined;
    const n = now[k];
    if (p === n) continue;
    if (p !== undefined && typeof p === 'object' && same(p, n)) now[k] = p;
    else all = false;
  }
  return all ? was : now;
}

/** A list of records of a table, item by item. */
function shareList(t: Table, was: unknown[], now: unknown[]): unknown[] {
  if (Object.isFrozen(now)) return now;
  let all = was.length === now.length;
  for (let i = 0; i < now.length; i++) {
    const p = i < was.length ? was[i] : undefined;
    const n = now[i];
    if (p === n) continue;
    if (p !== undefined && typeof p === 'object' && p !== null && shareTable(t, p as Plain, n as Plain) === p) now[i] = p;
    else all = false;
  }
  return all ? was : now;
}

/** Freeze a value and everything in it, stopping at what is frozen already (final, as above). */
export function freezeDeep<T>(v: T): T {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  Object.freeze(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) freezeDeep(v[i]);
  } else {
    const o = v as Plain;
    for (const k in o) freezeDeep(o[k]);
  }
  return v;
}
