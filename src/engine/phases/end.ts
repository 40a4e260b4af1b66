// Phase 7, end check: a settlement accepted by the belligerents, or the calendar's end.
import { dateOfTurn } from '../calendar';
import { transferRegion } from './treaties';
import { casualtiesOf, note } from '../stats';
import type { ActorId, EndReason, GameState, TurnSummary } from '../types';
import type { TurnContext } from './context';

/** Figures for the debrief's charts, as the end check finds the state. */
function summary(state: GameState): TurnSummary {
  const territory: Record<ActorId, number> = {};
  const casualties: Record<ActorId, number> = {};
  const legitimacy: Record<ActorId, number> = {};
  const influence: Record<ActorId, number> = {};
  // Index loops: the order lists are frozen (see view.ts, seenForces).
  const actors = state.actorOrder;
  const regions = state.regionOrder;
  for (let i = 0; i < actors.length; i++) territory[actors[i]] = 0;
  for (let i = 0; i < regions.length; i++) {
    const c = state.regions[regions[i]].controller;
    if (c !== null && territory[c] !== undefined) territory[c] += 1;
  }
  for (let i = 0; i < actors.length; i++) {
    const id = actors[i];
    const a = state.actors[id];
    casualties[id] = casualtiesOf(a);
    legitimacy[id] = a.legitimacy;
    let inf = 0;
    for (let j = 0; j < actors.length; j++) if (j !== i) inf += a.influence[actors[j]] ?? 0;
    influence[id] = inf;
  }
  return { turn: state.turn, territory, casualties, legitimacy, influence, tension: state.tension };
}

export function endPhase(state: GameState, ctx: TurnContext): void {
  state.history.push(summary(state));
  let reason: EndReason | null = null;
  const settled = state.treaties.some((t) => t.kind === 'settlement');
  if (settled && state.calendar.settlementEnds === 'handover' && state.handovers.length === 0) reason = 'settlement';
  // A government that falls is replaced (consequences.ts): the game goes on. A war settled before the calendar ran out ended in a settlement, even if handovers or the
  // scenario's aftermath were still being played.
  else if (state.turn + 1 >= state.calendar.turns) reason = settled ? 'settlement' : 'calendar';
  if (reason) {
    state.ended = { reason, turn: state.turn };
    // Handovers still due happen as agreed, after the last week played; the score counts them.
    for (const h of state.handovers) transferRegion(state, ctx, h.region, h.to, `as the settlement set (due ${dateOfTurn(state.calendar, h.turn)}, after the game's last week)`);
    state.handovers = [];
    const why = reason === 'settlement' ? 'a settlement was signed' : 'the scenario\'s calendar ran out';
    note(ctx.log, { kind: 'end', reason, text: `The game ends: ${why}.`, cause: reason });
  }
  state.turn += 1;
}
