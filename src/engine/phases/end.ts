// Phase 7, end check: a settlement accepted by the belligerents, a collapse, or the calendar's end.
import { note } from '../stats';
import type { EndReason, GameState } from '../types';
import type { TurnContext } from './context';

export function endPhase(state: GameState, ctx: TurnContext): void {
  let reason: EndReason | null = null;
  if (state.treaties.some((t) => t.kind === 'settlement' && t.since === state.turn)) reason = 'settlement';
  else if (state.actorOrder.some((id) => state.actors[id].collapsed && !state.actors[id].background && state.actors[id].actionPoints > 0)) reason = 'collapse';
  else if (state.turn + 1 >= state.calendar.turns) reason = 'calendar';
  if (reason) {
    state.ended = { reason, turn: state.turn };
    const why = reason === 'settlement' ? 'a settlement was signed' : reason === 'collapse' ? 'a government collapsed' : 'the scenario\'s calendar ran out';
    note(ctx.log, { kind: 'end', reason, text: `The game ends: ${why}.`, cause: reason });
  }
  state.turn += 1;
}
