// The computer actors, as the browser calls them: every actor the human does not command.
import { decideAll, DIFFICULTIES, type Difficulty } from '../ai';
import type { ActorId, GameState, Order } from '../engine';

export { DIFFICULTIES, type Difficulty };

export function computerOrders(state: GameState, humans: readonly ActorId[], difficulty: Difficulty): Record<ActorId, Order[]> {
  const decisions = decideAll(state, { difficulty }, humans);
  const out: Record<ActorId, Order[]> = {};
  for (const id of Object.keys(decisions).sort()) out[id] = decisions[id].orders;
  return out;
}
