// Which actors of a scenario a class's teams may play: the host form offers them, the class
// server accepts no others.
import type { ActorId } from '../engine/types';
import type { Scenario } from './types';

/** Actors a team may play: playable, in the foreground, and not commanded by another actor. */
export function teamPlayable(scenario: Scenario): ActorId[] {
  return scenario.actors.filter((a) => a.playable && !a.background && (a.commandedBy ?? null) === null).map((a) => a.id);
}
