// A facilitator's turn inputs (turn-inputs.ts) checked before anything is applied: first their
// shape (known fields, sizes; what a replay file may hold), then against the game (the card, the
// event, the actors and regions named). A refusal says what and where (`$.injects[0].effects[1].actor`);
// what comes back is rebuilt from the known fields only.
import { indexPath, keyPath } from './json-input';
import { shown } from './input';
import { isActor } from './sides';
import type { EventEffect, Forces, GameState, Result } from './types';
import { FORCE_TYPES } from './types';
import type { Inject, Override, TurnInputs } from './turn-inputs';

/** The most injects, and the most overrides, in one turn. */
const MAX_INJECTS = 12;
const MAX_OVERRIDES = 12;
/** The most effects of one written inject. */
const MAX_INJECT_EFFECTS = 12;
export const HEADLINE_MAX_CHARS = 120;
export const INJECT_TEXT_MAX_CHARS = 1000;
export const REASON_MAX_CHARS = 200;
/** The largest change one effect may make to a figure (support, legitimacy, relations, tension: 0-100 scales). */
const DELTA_MAX = 100;
const TREASURY_DELTA_MAX = 10_000;
const FORCES_MAX = 50;
const CASUALTIES_MAX = 100_000;
const ID_MAX = 40;

/** The effect kinds a written inject may use: the scenario's, but for proposals (a card or event makes those). */
const EFFECT_FIELDS: Readonly<Record<Exclude<EventEffect['kind'], 'propose'>, readonly string[]>> = {
  support: ['actor', 'delta'],
  legitimacy: ['actor', 'delta'],
  treasury: ['actor', 'delta'],
  relations: ['actor', 'with', 'delta'],
  tension: ['delta'],
  forces: ['actor', 'region', 'forces'],
  casualties: ['actor', 'military', 'civilian'],
  embargo: ['by', 'on'],
  'transit-ban': ['by'],
  war: ['a', 'b'],
  'end-war': [],
  'delay-handover': ['region', 'turns'],
};

class BadInput extends Error {}

function refuse(message: string): never {
  throw new BadInput(message);
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

function fields(v: unknown, allowed: readonly string[], path: string, what: string): Rec {
  if (!isRecord(v)) refuse(`${path} must be ${what}.`);
  for (const k of Object.keys(v)) if (!allowed.includes(k)) refuse(`${keyPath(path, k)} is not a field of ${what}.`);
  for (const k of allowed) if (!Object.hasOwn(v, k)) refuse(`${path} has no ${k}.`);
  return v;
}

function text(r: Rec, key: string, path: string, max: number, required = true): string {
  const v = r[key];
  const at = keyPath(path, key);
  if (typeof v !== 'string') refuse(`${at} must be text.`);
  if (v.length > max) refuse(`${at} is longer than ${max} characters.`);
  if (required && v.trim() === '') refuse(`${at} is empty.`);
  return v;
}

function int(r: Rec, key: string, path: string, min: number, max: number): number {
  const v = r[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) refuse(`${keyPath(path, key)} must be a whole number from ${min} to ${max}.`);
  return v;
}

/** An actor or region id: its shape here, whether the game has it in `known` when a state is given. */
function id(r: Rec, key: string, path: string, known: ((v: string) => boolean) | null, what: string): string {
  const v = text(r, key, path, ID_MAX);
  if (known && !known(v)) refuse(`${keyPath(path, key)}: ${shown(v)} is not ${what} in this scenario.`);
  return v;
}

function effectOf(v: unknown, path: string, state: GameState | null): EventEffect {
  if (!isRecord(v) || typeof v.kind !== 'string') refuse(`${path} must be an effect (an object with a kind).`);
  const kind = v.kind;
  if (!Object.hasOwn(EFFECT_FIELDS, kind)) refuse(`${keyPath(path, 'kind')}: ${shown(kind)} is not an effect a written inject may have (they are: ${Object.keys(EFFECT_FIELDS).join(', ')}).`);
  const r = fields(v, ['kind', ...EFFECT_FIELDS[kind as keyof typeof EFFECT_FIELDS]], path, `a ${kind} effect`);
  const actor = (key: string): string => id(r, key, path, state ? (a) => isActor(state, a) : null, 'an actor');
  switch (kind) {
    case 'support':
    case 'legitimacy':
      return { kind, actor: actor('actor'), delta: int(r, 'delta', path, -DELTA_MAX, DELTA_MAX) };
    case 'treasury':
      return { kind, actor: actor('actor'), delta: int(r, 'delta', path, -TREASURY_DELTA_MAX, TREASURY_DELTA_MAX) };
    case 'relations':
      return { kind, actor: actor('actor'), with: actor('with'), delta: int(r, 'delta', path, -DELTA_MAX, DELTA_MAX) };
    case 'tension':
      return { kind, delta: int(r, 'delta', path, -DELTA_MAX, DELTA_MAX) };
    case 'forces': {
      const who = actor('actor');
      const region = id(r, 'region', path, state ? (g) => Object.hasOwn(state.regions, g) : null, 'a region');
      const at = keyPath(path, 'forces');
      if (!isRecord(r.forces)) refuse(`${at} must be an object of force type → change.`);
      const forces: Partial<Record<keyof Forces, number>> = {};
      for (const t of Object.keys(r.forces)) {
        if (!(FORCE_TYPES as readonly string[]).includes(t)) refuse(`${keyPath(at, t)} is not a force type (they are: ${FORCE_TYPES.join(', ')}).`);
        forces[t as keyof Forces] = int(r.forces, t, at, -FORCES_MAX, FORCES_MAX);
      }
      return { kind, actor: who, region, forces };
    }
    case 'casualties':
      return { kind, actor: actor('actor'), military: int(r, 'military', path, 0, CASUALTIES_MAX), civilian: int(r, 'civilian', path, 0, CASUALTIES_MAX) };
    case 'embargo':
      return { kind, by: actor('by'), on: actor('on') };
    case 'transit-ban':
      return { kind, by: actor('by') };
    case 'war': {
      const a = actor('a');
      const b = actor('b');
      if (a === b) refuse(`${path}: a war needs two different actors.`);
      return { kind, a, b };
    }
    case 'delay-handover':
      return { kind, region: id(r, 'region', path, state ? (g) => Object.hasOwn(state.regions, g) : null, 'a region'), turns: int(r, 'turns', path, 1, 8) };
    default:
      return { kind: 'end-war' };
  }
}

function injectOf(v: unknown, path: string, state: GameState | null): Inject {
  if (!isRecord(v) || typeof v.kind !== 'string') refuse(`${path} must be an inject (an object with a kind: card, event or custom).`);
  switch (v.kind) {
    case 'card': {
      const r = fields(v, ['kind', 'cardId'], path, 'a card inject');
      const cardId = text(r, 'cardId', path, ID_MAX);
      if (state) {
        const card = state.deck.find((c) => c.id === cardId);
        if (!card) refuse(`${keyPath(path, 'cardId')}: ${shown(cardId)} is not a card of this scenario's deck.`);
        if (card.once && state.drawn.includes(cardId)) refuse(`${keyPath(path, 'cardId')}: "${card.title}" is played once a game and has been played.`);
      }
      return { kind: 'card', cardId };
    }
    case 'event': {
      const r = fields(v, ['kind', 'eventId'], path, 'an event inject');
      const eventId = text(r, 'eventId', path, ID_MAX);
      if (state) {
        if (!state.events.some((e) => e.id === eventId)) refuse(`${keyPath(path, 'eventId')}: ${shown(eventId)} is not a scheduled event of this scenario.`);
        if (!state.pendingEvents.includes(eventId)) refuse(`${keyPath(path, 'eventId')}: event ${shown(eventId)} has already happened or passed.`);
      }
      return { kind: 'event', eventId };
    }
    case 'custom': {
      const r = fields(v, ['kind', 'headline', 'text', 'effects'], path, 'a written inject');
      const at = keyPath(path, 'effects');
      if (!Array.isArray(r.effects)) refuse(`${at} must be a list of effects.`);
      if (r.effects.length > MAX_INJECT_EFFECTS) refuse(`${at} has ${r.effects.length} effects; at most ${MAX_INJECT_EFFECTS}.`);
      return { kind: 'custom', headline: text(r, 'headline', path, HEADLINE_MAX_CHARS), text: text(r, 'text', path, INJECT_TEXT_MAX_CHARS, false), effects: r.effects.map((e: unknown, i) => effectOf(e, indexPath(at, i), state)) };
    }
    default:
      return refuse(`${keyPath(path, 'kind')}: ${shown(v.kind)} is not a kind of inject (they are: card, event, custom).`);
  }
}

function overrideOf(v: unknown, path: string, state: GameState | null): Override {
  if (!isRecord(v) || typeof v.kind !== 'string') refuse(`${path} must be an override (an object with a kind: fight or event).`);
  if (v.kind === 'fight') {
    const r = fields(v, ['kind', 'region', 'result', 'reason'], path, 'a fight override');
    const region = id(r, 'region', path, state ? (g) => Object.hasOwn(state.regions, g) : null, 'a region');
    if (r.result !== 'taken' && r.result !== 'held') refuse(`${keyPath(path, 'result')} must be "taken" or "held".`);
    return { kind: 'fight', region, result: r.result, reason: text(r, 'reason', path, REASON_MAX_CHARS) };
  }
  if (v.kind === 'event') {
    const r = fields(v, ['kind', 'eventId', 'happens', 'reason'], path, 'an event override');
    const eventId = text(r, 'eventId', path, ID_MAX);
    if (state && !state.events.some((e) => e.id === eventId && e.turn === state.turn && state.pendingEvents.includes(e.id))) {
      refuse(`${keyPath(path, 'eventId')}: ${shown(eventId)} is not a scheduled event still due this turn.`);
    }
    if (typeof r.happens !== 'boolean') refuse(`${keyPath(path, 'happens')} must be true or false.`);
    return { kind: 'event', eventId, happens: r.happens, reason: text(r, 'reason', path, REASON_MAX_CHARS) };
  }
  return refuse(`${keyPath(path, 'kind')}: ${shown(v.kind)} is not a kind of override (they are: fight, event).`);
}

function inputsOf(v: unknown, path: string, state: GameState | null): TurnInputs {
  if (!isRecord(v)) refuse(`${path} must be an object with injects and overrides.`);
  for (const k of Object.keys(v)) if (k !== 'injects' && k !== 'overrides') refuse(`${keyPath(path, k)} is not a field of a turn's inputs.`);
  const list = (key: 'injects' | 'overrides', max: number): unknown[] => {
    const l = v[key] ?? [];
    if (!Array.isArray(l)) refuse(`${keyPath(path, key)} must be a list.`);
    if (l.length > max) refuse(`${keyPath(path, key)} has ${l.length} entries; at most ${max} in a turn.`);
    return l;
  };
  const injects = list('injects', MAX_INJECTS).map((x, i) => injectOf(x, indexPath(keyPath(path, 'injects'), i), state));
  const overrides = list('overrides', MAX_OVERRIDES).map((x, i) => overrideOf(x, indexPath(keyPath(path, 'overrides'), i), state));
  const seen = new Set<string>();
  injects.forEach((x, i) => {
    if (x.kind === 'custom') return;
    const key = x.kind === 'card' ? `card ${x.cardId}` : `event ${x.eventId}`;
    if (seen.has(key)) refuse(`${indexPath(keyPath(path, 'injects'), i)}: the ${key} is already played this turn.`);
    seen.add(key);
  });
  overrides.forEach((o, i) => {
    const key = o.kind === 'fight' ? `fight ${o.region}` : `event ${o.eventId}`;
    if (seen.has(key)) refuse(`${indexPath(keyPath(path, 'overrides'), i)}: the ${key} is already overridden this turn.`);
    seen.add(key);
  });
  return { ...(injects.length > 0 ? { injects } : {}), ...(overrides.length > 0 ? { overrides } : {}) };
}

/**
 * A turn's inputs checked for shape only (a replay file's, before any game is played): every
 * field known and bounded. The message names the path of the first fault.
 */
export function readInputs(value: unknown, path: string): { ok: true; inputs: TurnInputs } | { ok: false; message: string } {
  try {
    return { ok: true, inputs: inputsOf(value, path, null) };
  } catch (e) {
    if (e instanceof BadInput) return { ok: false, message: e.message };
    throw e;
  }
}

/** A turn's inputs checked against the game they are for: what resolveTurn plays, or the refusal. */
export function checkInputs(state: GameState, value: unknown): Result<{ inputs: TurnInputs }> {
  try {
    return { ok: true, inputs: inputsOf(value, '$', state) };
  } catch (e) {
    if (e instanceof BadInput) return { ok: false, code: 'ERR_BAD_INPUT', message: `The facilitator's input is refused: ${e.message}` };
    throw e;
  }
}

/** True when the inputs hold no inject and no override. */
export function noInputs(inputs: TurnInputs | undefined): boolean {
  return !inputs || ((inputs.injects?.length ?? 0) === 0 && (inputs.overrides?.length ?? 0) === 0);
}
