// What is made of a frozen record, made once and shared. Every viewer of a turn reads the same
// records, and a record a turn did not change is the same record the next turn (resolveTurn
// shares it, share.ts): the views (view.ts) and the states the computer actors rebuild from them
// (ai/view-state.ts) make their parts of each record once.

/**
 * `make(key)`, remembered in `cache` while `key` lives and frozen, as it is shared; made afresh
 * each time for a key that is not frozen (it may change, and what was made of it with it).
 */
export function remembered<K extends object, V extends object>(cache: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  if (!Object.isFrozen(key)) return make(key);
  let v = cache.get(key);
  if (v === undefined) {
    v = Object.freeze(make(key));
    cache.set(key, v);
  }
  return v;
}
