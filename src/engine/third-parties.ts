// Third parties' stances (GameState.thirdParties): what the game has learned of each, fixed the
// first time it is tested. Readers never add an entry; a rule about to fix a stance makes one.
import type { ActorId, GameState, ThirdParty } from './types';

/** What is known of this third party so far, or undefined before anything is. */
export function knownStance(state: GameState, id: ActorId): ThirdParty | undefined {
  return Object.hasOwn(state.thirdParties, id) ? state.thirdParties[id] : undefined;
}

/** This third party's entry, made (with nothing known) the first time a rule is about to fix part of it. */
export function stanceToFix(state: GameState, id: ActorId): ThirdParty {
  if (!Object.hasOwn(state.thirdParties, id)) state.thirdParties[id] = { routesOpen: null, tolerance: null, incidents: 0, reinforcedTurn: null };
  return state.thirdParties[id];
}
