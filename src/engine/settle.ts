// settle(prev, next): make a state that simulateTurn built on a private copy look like one that
// immer built. Every part of `next` equal to the same part of `prev` is replaced by prev's own
// object, and everything else is frozen, so unchanged parts are shared between turns as immer
// shares them. hashData remembers the digest of a frozen object, so hashing the settled state
// costs only what the turn changed: this is what lets verifyReplay (replay.ts) run each turn on a
// working copy and still hash every turn cheaply.
//
// `next` must be the caller's own: its unfrozen objects are changed in place (a child that equals
// prev's is swapped for prev's). `prev` is only read, and must be frozen throughout, as every
// state from newGame, resolveTurn or settle is. A frozen object met inside `next` is taken as
// settled and frozen throughout already: the working copy shares such parts with the state it
// was made from, and static data is frozen at load. Both are plain JSON data.

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function settleArray(prev: unknown, next: unknown[]): readonly unknown[] {
  const old: readonly unknown[] | null = Array.isArray(prev) ? prev : null;
  let same = old !== null && old.length === next.length;
  for (let i = 0; i < next.length; i++) {
    const v = settle(old !== null && i < old.length ? old[i] : undefined, next[i]);
    if (v !== next[i]) next[i] = v;
    if (same && v !== (old as readonly unknown[])[i]) same = false;
  }
  return same ? (old as readonly unknown[]) : Object.freeze(next);
}

function settleRecord(prev: unknown, next: Record<string, unknown>): Record<string, unknown> {
  const old = isRecord(prev) ? prev : null;
  const keys = Object.keys(next);
  // Every key of next must be in prev with the same value, and prev must have no other key.
  let same = old !== null && Object.keys(old).length === keys.length;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const was = old !== null ? old[k] : undefined;
    const v = settle(was, next[k]);
    if (v !== next[k]) next[k] = v;
    if (same && (v !== was || (v === undefined && !(k in (old as Record<string, unknown>))))) same = false;
  }
  return same ? (old as Record<string, unknown>) : Object.freeze(next);
}

/** `next`, with every part equal to prev's replaced by prev's object, and frozen throughout. */
export function settle<T>(prev: unknown, next: T): T {
  // A frozen object is already settled: static data, or a part the turn carried over as it was.
  if (prev === next || typeof next !== 'object' || next === null || Object.isFrozen(next)) return next;
  return (Array.isArray(next) ? settleArray(prev, next) : settleRecord(prev, next as Record<string, unknown>)) as T;
}
