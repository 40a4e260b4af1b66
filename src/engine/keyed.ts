// Records whose keys differ from one object to the next: the regions an actor has forces in,
// the regions an estimate or a search touched. V8 gives a plain object a new hidden class for
// every new sequence of keys it is filled with, and optimised code that has seen a few of those
// classes is thrown away when the next one arrives. An object with no prototype is kept as a
// hash table from the start, so these records all share one shape. Keys still enumerate in
// insertion order, and the records serialise, hash and compare like any other.

/** An empty record for keys that vary from one record to the next. */
export function keyed<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
