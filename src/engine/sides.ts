// Who stands with whom: command, wars, ceasefires and treaties in force.
import type { ActorId, GameState, Treaty, TreatyKind } from './types';

/** Ids are looked up as own keys only: "constructor" or "toString" are no actor or region. */
export function isActor(state: GameState, id: unknown): id is ActorId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(state.actors, id);
}

export function isRegion(state: GameState, id: unknown): id is string {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(state.regions, id);
}

/** The actor that gives this actor's orders (itself unless commanded by another). */
export function commander(state: GameState, a: ActorId): ActorId {
  return state.actors[a]?.commandedBy ?? a;
}

/** Same side: the same actor, or one commands the other. */
export function allied(state: GameState, a: ActorId, b: ActorId): boolean {
  return a === b || commander(state, a) === commander(state, b);
}

export function atWar(state: GameState, a: ActorId, b: ActorId): boolean {
  const x = a < b ? a : b;
  const y = a < b ? b : a;
  const wars = state.wars;
  for (let i = 0; i < wars.length; i++) if (wars[i].a === x && wars[i].b === y) return true;
  return false;
}

export function inForce(state: GameState, t: Treaty): boolean {
  const turn = state.turn;
  return t.since <= turn && (t.expires === null || t.expires >= turn);
}

/** Is a treaty of this kind in force, between anyone? (Stops at the first; no list is built.) */
export function anyTreatyInForce(state: GameState, kind: TreatyKind): boolean {
  const treaties = state.treaties;
  for (let i = 0; i < treaties.length; i++) if (treaties[i].kind === kind && inForce(state, treaties[i])) return true;
  return false;
}

export function treatiesOf(state: GameState, kind: TreatyKind, a?: ActorId): Treaty[] {
  return state.treaties.filter((t) => t.kind === kind && inForce(state, t) && (a === undefined || t.parties.includes(a)));
}

/** Is a treaty of this kind in force with both `a` and `b` among its parties? */
export function treatyBetween(state: GameState, kind: TreatyKind, a: ActorId, b: ActorId): boolean {
  return state.treaties.some((t) => t.kind === kind && t.parties.includes(a) && t.parties.includes(b) && inForce(state, t));
}

/** A ceasefire in force that binds both sides (directly or through their commanders). */
export function ceasefireBetween(state: GameState, a: ActorId, b: ActorId): Treaty | undefined {
  const ca = commander(state, a);
  const cb = commander(state, b);
  return treatiesOf(state, 'ceasefire').find(
    (t) => (t.parties.includes(a) || t.parties.includes(ca)) && (t.parties.includes(b) || t.parties.includes(cb)),
  );
}

/** Actors at war with `a`, sorted. */
export function enemiesOf(state: GameState, a: ActorId): ActorId[] {
  return state.actorOrder.filter((b) => b !== a && atWar(state, a, b));
}

/** The belligerents: actors in any war, sorted. */
export function belligerents(state: GameState): ActorId[] {
  const at = new Set<ActorId>();
  for (const w of state.wars) {
    at.add(w.a);
    at.add(w.b);
  }
  return state.actorOrder.filter((a) => at.has(a));
}

export function declareWar(state: GameState, a: ActorId, b: ActorId): boolean {
  if (a === b || atWar(state, a, b)) return false;
  const [x, y] = a < b ? [a, b] : [b, a];
  state.wars.push({ a: x, b: y, since: state.turn });
  state.wars.sort((p, q) => (p.a + '|' + p.b < q.a + '|' + q.b ? -1 : 1));
  return true;
}

/**
 * May `actor` stand and move on ground `controller` holds: its own side's, or that of a defence
 * treaty partner it fights beside (a guarantor that entered the war for it, against a common
 * enemy). Such a guest's forces defend the ground they stand on.
 */
export function friendly(state: GameState, actor: ActorId, controller: ActorId): boolean {
  if (allied(state, actor, controller)) return true;
  const partner = commander(state, controller);
  const wars = state.wars;
  for (const t of state.treaties) {
    if (t.kind !== 'defence' || !t.parties.includes(actor) || !t.parties.includes(partner) || !inForce(state, t)) continue;
    for (let i = 0; i < wars.length; i++) {
      const w = wars[i];
      const foe = w.a === actor ? w.b : w.b === actor ? w.a : null;
      if (foe !== null && (atWar(state, partner, foe) || atWar(state, controller, foe))) return true;
    }
  }
  return false;
}
