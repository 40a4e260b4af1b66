// The facilitator's inputs inside a turn: injects played at the start of the events phase, and
// overrides looked up where the roll they replace is made. Every entry they cause is marked
// (LogEntry.facilitator), and an override's entry says what the roll would have decided.
import { applyEffect } from '../effects';
import { regionName } from '../names';
import { note } from '../stats';
import type { Override } from '../turn-inputs';
import type { EventEffect, GameState } from '../types';
import type { TurnContext } from './context';

type FightOverride = Extract<Override, { kind: 'fight' }>;
type EventOverride = Extract<Override, { kind: 'event' }>;

/** Marks the entries logged since `from` as the facilitator's. */
export function markSince(ctx: TurnContext, from: number, input: 'inject' | 'override', reason: string | null): void {
  const entries = ctx.log.entries;
  for (let i = from; i < entries.length; i++) entries[i] = { ...entries[i], facilitator: { input, reason } };
}

/** Runs `fn`, marking every entry it logs as the facilitator's. */
export function asFacilitator(ctx: TurnContext, input: 'inject' | 'override', reason: string | null, fn: () => void): void {
  const from = ctx.log.entries.length;
  fn();
  markSince(ctx, from, input, reason);
}

function play(state: GameState, ctx: TurnContext, id: string, source: string, title: string, text: string, effects: readonly EventEffect[]): void {
  asFacilitator(ctx, 'inject', null, () => {
    note(ctx.log, { kind: 'event', event: id, source, text: `${title}. ${text}`.trim(), cause: 'played by the facilitator' });
    for (const eff of effects) applyEffect(state, ctx.log, eff, title);
  });
}

/**
 * The turn's injects, in the order given: a deck card (whatever its condition; a once-only card
 * is then spent), a scheduled event (fired now without its roll or condition, and so taken off
 * the events to come), or an event the facilitator wrote. None draws on the dice.
 */
export function playInjects(state: GameState, ctx: TurnContext): void {
  const injects = ctx.inputs.injects ?? [];
  injects.forEach((inject, i) => {
    if (inject.kind === 'card') {
      const card = state.deck.find((c) => c.id === inject.cardId);
      if (!card) return;
      if (card.once && !state.drawn.includes(card.id)) state.drawn.push(card.id);
      play(state, ctx, card.id, card.source, card.title, card.text, card.effects);
    } else if (inject.kind === 'event') {
      const e = state.events.find((x) => x.id === inject.eventId);
      if (!e) return;
      state.pendingEvents = state.pendingEvents.filter((id) => id !== e.id);
      play(state, ctx, e.id, e.source, e.title, e.text, e.effects);
    } else {
      play(state, ctx, `inject-${state.turn + 1}-${i + 1}`, 'the facilitator', inject.headline, inject.text, inject.effects);
    }
  });
}

/** The override of the ground fight in a region this turn, if any; noted as used. */
export function fightOverride(ctx: TurnContext, region: string): FightOverride | null {
  for (const o of ctx.inputs.overrides ?? []) {
    if (o.kind === 'fight' && o.region === region) {
      ctx.usedOverrides.add(`fight ${region}`);
      return o;
    }
  }
  return null;
}

/** The override of a scheduled event this turn, if any; noted as used. */
export function eventOverride(ctx: TurnContext, eventId: string): EventOverride | null {
  for (const o of ctx.inputs.overrides ?? []) {
    if (o.kind === 'event' && o.eventId === eventId) {
      ctx.usedOverrides.add(`event ${eventId}`);
      return o;
    }
  }
  return null;
}

/** What the log says beside the roll an override replaced. */
export function setBy(o: Override): string {
  return `Set by the facilitator: ${o.reason}`;
}

/** Notes each fight override that found no ground attack to decide this turn. */
export function noteUnusedFightOverrides(state: GameState, ctx: TurnContext): void {
  for (const o of ctx.inputs.overrides ?? []) {
    if (o.kind !== 'fight' || ctx.usedOverrides.has(`fight ${o.region}`)) continue;
    asFacilitator(ctx, 'override', o.reason, () =>
      // For the facilitator's eyes only (an empty visibleTo): no team learns of a fight set that never came.
      note(ctx.log, { kind: 'event', event: `override-${o.region}`, source: 'the facilitator', visibleTo: [], text: `The facilitator set the fight in ${regionName(state, o.region)} as ${o.result}, but no ground attack was made there this turn.`, cause: 'facilitator override' }),
    );
  }
}
