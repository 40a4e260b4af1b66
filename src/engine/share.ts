// A turn's result made final: what the turn left as it was is the previous state's own record
// again, and the rest is frozen. resolveTurn plays the seven phases on a working copy
// (working-copy.ts); this gives its result what immer's produce gave it: records that did not
// change keep their identity from turn to turn (so the state hash, which remembers the digest of a
// frozen record, and a view, which shares frozen records, do no work for them), and nothing in a
// returned state can change behind the hash's back.

type Plain = Record<string, unknown>;

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

/**
 * `next` with every part equal to the same part of `prev` replaced by `prev`'s: equal means the
 * same keys in the same order (iteration follows key order, so a record rebuilt in another order
 * is not the same) and equal values, compared all the way down; a key whose value is undefined
 * counts as absent (the working copy writes every field of its table, JSON and the hash skip
 * undefined ones). The parts of `next` that differ are
 * changed in place, so `next` must be the caller's own (a working copy); frozen parts of it are
 * final already and are kept as they are. Returns `prev` itself when the two are equal.
 */
export function shareUnchanged<T>(prev: T, next: T): T {
  return share(prev, next) as T;
}

function share(prev: unknown, next: unknown): unknown {
  if (prev === next || !isObject(next) || !isObject(prev)) return next;
  if (Array.isArray(next)) return Array.isArray(prev) ? shareList(prev, next) : next;
  if (Array.isArray(prev)) return next;
  return shareRecord(prev as Plain, next as Plain);
}

function shareList(prev: unknown[], next: unknown[]): unknown[] {
  const frozen = Object.isFrozen(next);
  let same = prev.length === next.length;
  for (let i = 0; i < next.length; i++) {
    const was = i < prev.length ? prev[i] : undefined;
    const now = share(was, next[i]);
    if (now !== next[i] && !frozen) next[i] = now;
    if (now !== was) same = false;
  }
  return same ? prev : next;
}

/** The index of the first key from `i` on whose value is not undefined (JSON and the hash skip those). */
function nextDefined(o: Plain, keys: readonly string[], i: number): number {
  while (i < keys.length && o[keys[i]] === undefined) i++;
  return i;
}

function shareRecord(prev: Plain, next: Plain): Plain {
  const frozen = Object.isFrozen(next);
  const keys = Object.keys(next);
  const before = Object.keys(prev);
  let same = true;
  let j = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = next[k];
    if (v === undefined) continue;
    j = nextDefined(prev, before, j);
    if (before[j] === k) j++;
    else same = false;
    const was = Object.hasOwn(prev, k) ? prev[k] : undefined;
    const now = share(was, v);
    if (now !== v && !frozen) next[k] = now;
    if (now !== was) same = false;
  }
  return same && nextDefined(prev, before, j) === before.length ? prev : next;
}

/** Freeze a value and everything in it, stopping at what is frozen already (final, as above). */
export function freezeDeep<T>(v: T): T {
  if (!isObject(v) || Object.isFrozen(v)) return v;
  Object.freeze(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) freezeDeep(v[i]);
  } else {
    const o = v as Plain;
    for (const k in o) freezeDeep(o[k]);
  }
  return v;
}
