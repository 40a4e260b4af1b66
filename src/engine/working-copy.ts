// A private, mutable copy of the parts of a state that a turn changes: every turn's phases run on
// one (resolveTurn and simulateTurn, turn.ts), which costs a fraction of running them on immer
// drafts. What each record's field table (fields.ts) marks `keep` is shared with the original: the
// static parts (the rules, the scenario's events and deck, the map's own fields, doctrines and
// aims) are frozen, so a phase that tried to change one would throw, not corrupt the original.
import { copyWith, STATE } from './fields';
import type { GameState } from './types';

export function workingCopy(s: GameState): GameState {
  return copyWith(STATE, s);
}

/**
 * Freeze, in place, the records a view shares with the state it is made from (each actor's
 * influence, relations, casualties and forces), so that viewFor shares them instead of copying
 * them for every viewer: for a game that advances on working copies (batch) and keeps the result.
 */
export function freezeRecords(s: GameState): void {
  for (const id in s.actors) {
    const a = s.actors[id];
    Object.freeze(a.influence);
    Object.freeze(a.relations);
    Object.freeze(a.casualties);
    for (const r in a.forces) Object.freeze(a.forces[r]);
  }
}
