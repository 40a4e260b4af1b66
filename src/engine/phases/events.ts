// Phase 1, events: the scenario's scheduled events whose turn has come, each fired when its
// condition holds and its chance is rolled.
import { applyEffect } from '../effects';
import { anyTreatyInForce, inForce } from '../sides';
import { note } from '../stats';
import type { Dice } from '../rng';
import type { Override } from '../turn-inputs';
import type { DeckEvent, EventCondition, GameState, ScheduledEvent, Zone } from '../types';
import { actorName, listed, regionName, tensionName, zoneName } from '../names';
import { withDice, type TurnContext } from './context';
import { asFacilitator, eventOverride, playInjects, setBy } from './inputs';

/** Is a defence treaty in force that binds a guarantor to defend this zone? */
function guaranteeCovers(state: GameState, zone: Zone): boolean {
  return state.treaties.some((t) => t.kind === 'defence' && inForce(state, t) && (t.covers ?? []).includes(zone));
}

/** The event's chance now: its own, plus each modifier whose condition holds, within 0–100; and the modifiers in words. */
function chanceNow(state: GameState, e: ScheduledEvent): { chance: number; why: string } {
  let chance = e.chance;
  const named: string[] = [];
  for (const m of e.chanceModifiers ?? []) {
    if (!holds(state, m.condition)) continue;
    chance += m.value;
    named.push(`${m.name} ${m.value >= 0 ? '+' : ''}${m.value}`);
  }
  return { chance: Math.max(0, Math.min(100, chance)), why: named.length > 0 ? ` (${e.chance}, ${named.join(', ')})` : '' };
}

function holds(state: GameState, c: EventCondition): boolean {
  switch (c.kind) {
    case 'always':
      return true;
    case 'controls':
      return state.regions[c.region]?.controller === c.actor;
    case 'at-war':
      // Every war is between two actors of the game: some war means some belligerent.
      return state.wars.length > 0;
    case 'no-settlement':
      return !anyTreatyInForce(state, 'settlement');
    case 'settlement':
      return anyTreatyInForce(state, 'settlement');
    case 'all':
      // Index loop: the scenario's lists are frozen (see view.ts, seenForces).
      for (let i = 0; i < c.of.length; i++) if (!holds(state, c.of[i])) return false;
      return true;
    case 'tension-at-least':
      return state.tension >= c.value;
    case 'ceasefire':
      return anyTreatyInForce(state, 'ceasefire');
    case 'handover-pending':
      return state.handovers.some((h) => h.region === c.region);
    case 'guarantee-covers':
      return guaranteeCovers(state, c.zone);
    default: {
      const never: never = c;
      throw new Error(`bug: unknown condition ${JSON.stringify(never)}`);
    }
  }
}

/** Perhaps draw one card from the deck, each eligible card weighted by how the state stands. */
function drawFromDeck(state: GameState, ctx: TurnContext, dice: Dice): void {
  const deck = state.deck;
  const eligible: { card: DeckEvent; weight: number }[] = [];
  let total = 0;
  for (let i = 0; i < deck.length; i++) {
    const card = deck[i];
    if ((card.once && state.drawn.includes(card.id)) || !holds(state, card.condition)) continue;
    const weight = card.weight + (card.boost && holds(state, card.boost.condition) ? card.boost.weight : 0);
    if (weight <= 0) continue;
    eligible.push({ card, weight });
    total += weight;
  }
  if (total === 0) return;
  const roll = dice.roll(100);
  const chance = state.rules.deckDrawPct;
  if (roll > chance) return;
  let pick = dice.roll(total);
  let chosen = eligible[0];
  for (const e of eligible) {
    pick -= e.weight;
    if (pick <= 0) {
      chosen = e;
      break;
    }
  }
  const card = chosen.card;
  if (card.once) state.drawn.push(card.id);
  if (!ctx.log.quiet) note(ctx.log, { kind: 'roll', purpose: 'random event', roll, threshold: chance, success: true, text: `A random event is drawn (roll ${roll} against ${chance}); "${card.title}" had weight ${chosen.weight} of ${total}.`, cause: 'random-event deck' });
  if (!ctx.log.quiet) note(ctx.log, { kind: 'event', event: card.id, source: card.source, text: `${card.title}. ${card.text}`, cause: 'random event' });
  for (const eff of card.effects) applyEffect(state, ctx.log, eff, card.title);
}

/** A scheduled event whose result the facilitator set: the roll is still made, and logged beside the setting. */
function overridden(state: GameState, ctx: TurnContext, dice: Dice, e: ScheduledEvent, o: Extract<Override, { kind: 'event' }>): boolean {
  const holdsNow = holds(state, e.condition);
  const { chance, why } = chanceNow(state, e);
  const roll = holdsNow && chance < 100 ? dice.roll(100) : 0;
  const would = holdsNow && roll <= chance;
  const rolled = !holdsNow ? `its condition (${e.condition.kind}) does not hold` : chance < 100 ? `roll ${roll} against ${chance}${why}` : 'certain';
  asFacilitator(ctx, 'override', o.reason, () =>
    note(ctx.log, { kind: 'roll', purpose: `event ${e.id}`, roll, threshold: chance, success: o.happens, text: `${e.title}: ${rolled} — it would ${would ? '' : 'not '}have happened; ${o.happens ? 'it happens' : 'it does not happen'}. ${setBy(o)}`, cause: 'scheduled event' }),
  );
  return o.happens;
}

/** A condition in words, for the log of an event that did not happen. */
function conditionText(state: GameState, c: EventCondition): string {
  switch (c.kind) {
    case 'always':
      return 'always';
    case 'controls':
      return `${actorName(state, c.actor)} holds ${regionName(state, c.region)}`;
    case 'at-war':
      return 'a war is being fought';
    case 'no-settlement':
      return 'no settlement is in force';
    case 'settlement':
      return 'a settlement is in force';
    case 'ceasefire':
      return 'a ceasefire is in force';
    case 'tension-at-least':
      return `${tensionName(state)} is at least ${c.value}`;
    case 'handover-pending':
      return `the handover of ${regionName(state, c.region)} is still due`;
    case 'guarantee-covers':
      return `a defence treaty covers ${zoneName(state, c.zone)}`;
    case 'all':
      return listed(c.of.filter((x) => !holds(state, x)).map((x) => conditionText(state, x)));
    default: {
      const never: never = c;
      throw new Error(`bug: unknown condition ${JSON.stringify(never)}`);
    }
  }
}

/**
 * The turn a scheduled event falls due: its own; for an event about the war, counted from the
 * war's start; for an aftermath event, from the first settlement's signing (null: not yet begun).
 */
function dueTurn(state: GameState, e: ScheduledEvent): number | null {
  let start = -1;
  if (e.afterWarStarts !== undefined) {
    for (const w of state.wars) if (start < 0 || w.since < start) start = w.since;
    return start < 0 ? null : Math.max(e.turn, start + e.afterWarStarts);
  }
  if (e.afterSettlement !== undefined) {
    for (const t of state.treaties) if (t.kind === 'settlement' && (start < 0 || t.since < start)) start = t.since;
    return start < 0 ? null : Math.max(e.turn, start + e.afterSettlement);
  }
  return e.turn;
}

function fire(state: GameState, ctx: TurnContext, dice: Dice, e: ScheduledEvent): void {
  const o = eventOverride(ctx, e.id);
  if (o) {
    if (!overridden(state, ctx, dice, e, o)) return;
  } else if (!holds(state, e.condition)) {
    if (!ctx.log.quiet) note(ctx.log, { kind: 'event-unmet', event: e.id, condition: e.condition.kind, text: `${e.title}: did not happen — its condition (${conditionText(state, e.condition)}) does not hold.`, cause: 'scheduled event' });
    return;
  } else {
    const { chance, why } = chanceNow(state, e);
    if (chance < 100) {
      const roll = dice.roll(100);
      const success = roll <= chance;
      if (!ctx.log.quiet) note(ctx.log, { kind: 'roll', purpose: `event ${e.id}`, roll, threshold: chance, success, text: `${e.title}: roll ${roll} against ${chance}${why} — ${success ? 'it happens' : 'it does not happen this time'}.`, cause: 'scheduled event' });
      if (!success) return;
    }
  }
  if (!ctx.log.quiet) note(ctx.log, { kind: 'event', event: e.id, source: e.source, text: `${e.title}. ${e.text}`, cause: 'scheduled event' });
  for (const eff of e.effects) applyEffect(state, ctx.log, eff, e.title);
}

export function eventsPhase(state: GameState, ctx: TurnContext): void {
  // One pass over the scenario's list, in its order (an index loop: it is frozen). An event
  // fires, or is logged as not happening, once its turn has come; a war's start may come
  // during the pass (the offensive), so each event's turn is reckoned when it is reached.
  // The facilitator's injects play first.
  playInjects(state, ctx);
  const events = state.events;
  const done = new Set<string>();
  withDice(state, (dice) => {
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      const due = dueTurn(state, e);
      if (due === null || due > state.turn || done.has(e.id) || !state.pendingEvents.includes(e.id)) continue;
      done.add(e.id);
      fire(state, ctx, dice, e);
    }
  });
  withDice(state, (dice) => drawFromDeck(state, ctx, dice));
  state.pendingEvents = state.pendingEvents.filter((id) => !done.has(id));
}
