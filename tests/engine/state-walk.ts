// Walking a state for what must never be in one: a number that is not a safe integer, a key
// the caller calls strange, or nesting deeper than any record of the game (which would mean
// input leaked in). The walk keeps its own stack, so a deep value is reported, not a stack
// overflow; and it skips the records it is told are known clean (immer shares a state's
// unchanged records with the state before, so only what a turn changed is walked again).

/** Deeper than any field of a GameState (actors.x.doctrine.patronOf[0].packages[0] is 6). */
const DEEPEST_STATE = 16;

export interface WalkOptions {
  readonly strangeKey?: (key: string) => boolean;
  readonly clean?: WeakSet<object>;
}

/** The places where `state` holds a number that is not a safe integer, a strange key, or nests too deep. */
export function notIntegerOnly(state: unknown, options: WalkOptions = {}): string[] {
  const bad: string[] = [];
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: state, path: '$', depth: 0 }];
  while (stack.length > 0) {
    const { v, path, depth } = stack.pop()!;
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) bad.push(`${path} = ${v}`);
    } else if (v !== null && typeof v === 'object' && !options.clean?.has(v)) {
      if (depth > DEEPEST_STATE) bad.push(`${path} nests deeper than ${DEEPEST_STATE}`);
      else {
        for (const [k, x] of Object.entries(v)) {
          if (options.strangeKey?.(k)) bad.push(`${path} has the key ${JSON.stringify(k)}`);
          stack.push({ v: x, path: Array.isArray(v) ? `${path}[${k}]` : `${path}.${k}`, depth: depth + 1 });
        }
      }
    }
  }
  return bad;
}

/** Every record of a state, to pass as `clean` once the state itself is known to be. */
export function recordsOf(state: object): WeakSet<object> {
  const seen = new WeakSet<object>();
  const stack: unknown[] = [state];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    for (const x of Object.values(v)) stack.push(x);
  }
  return seen;
}
