// Orders: which are legal for an actor now, and why an order is refused (order-input.ts
// rebuilds what a player sent; the checks here judge the rebuilt order against the state).
import { fullForces, groundStrength, totalStrength } from './forces';
import { adjacent, withinSteps } from './geography';
import { keyed } from './keyed';
import { shown } from './input';
import { tensionName } from './names';
import { claimedKind, MOBILISABLE, readOrder } from './order-input';
import { ORDER_LIMITS } from './rules';
import { allied, atWar, friendly, isActor } from './sides';
import { validateTerms } from './terms';
import { FORCE_TYPES, type ActorId, type EngineError, type Forces, type GameState, type Ok, type Order, type Result, type SupportCondition } from './types';

type Check = Result<object>;
const ok: Check = { ok: true };
const bad = (code: string, message: string): Check => ({ ok: false, code, message });

/** How far armed drones reach for a strike (regions away). */
export const DRONE_RANGE = 2;
/** Most reserve points one order can mobilise. */
export const MOBILISE_MAX = ORDER_LIMITS.mobilise.max;

/** A rebuilt force request: some force to send, and no peacekeepers (they stay where they are). */
function checkForceRequest(f: Partial<Forces>): Check {
  if ((f.peacekeepers ?? 0) > 0) return bad('ERR_PEACEKEEPERS', 'Peacekeepers cannot be ordered to move or attack.');
  return totalStrength(f) > 0 ? ok : bad('ERR_NO_FORCES', 'The order sends no forces.');
}

function hasForces(state: GameState, actor: ActorId, region: string, want: Partial<Forces>): Check {
  const have = state.actors[actor].forces[region];
  for (const t of FORCE_TYPES) {
    const w = want[t] ?? 0;
    if (w > (have?.[t] ?? 0)) {
      return bad('ERR_NOT_ENOUGH_FORCES', `${state.actors[actor].name} has ${have?.[t] ?? 0} ${t} in ${state.regions[region].name}, not ${w}.`);
    }
  }
  return ok;
}

/** A package conditional on one proposal: it must be pending, addressed to the client and not yet answered by it. */
function checkCondition(state: GameState, client: ActorId, c: SupportCondition): Check {
  if (!('proposal' in c)) return ok;
  const p = state.proposals.find((x) => x.id === c.proposal);
  const who = state.actors[client].name;
  if (!p) return bad('ERR_UNKNOWN_PROPOSAL', `condition: there is no proposal ${shown(c.proposal)}.`);
  if (!p.to.includes(client)) return bad('ERR_NOT_ADDRESSEE', `condition: proposal ${p.id} is not addressed to ${who}, so ${who}'s answer cannot release the package.`);
  if (p.status !== 'pending') return bad('ERR_NOT_PENDING', `condition: proposal ${p.id} is already ${p.status}.`);
  if (Object.hasOwn(p.answers, client)) return bad('ERR_ANSWERED', `condition: ${who} has already answered proposal ${p.id}.`);
  return ok;
}

/** May this actor give orders at all now? */
function checkActor(state: GameState, actor: unknown): Check {
  if (!isActor(state, actor)) return bad('ERR_UNKNOWN_ACTOR', `${shown(actor)} is not an actor in this scenario.`);
  const a = state.actors[actor];
  if (state.ended) return bad('ERR_GAME_OVER', 'The game has ended; no more orders.');
  if (a.background) return bad('ERR_BACKGROUND_ACTOR', `${a.name} is a background actor and acts by rule, not by orders.`);
  if (a.collapsed) return bad('ERR_COLLAPSED', `${a.name}'s government has fallen; it gives no orders until a new government takes office next week.`);
  return ok;
}

/** Is one rebuilt order, on its own, legal for this (acting) actor now? */
function checkOrder(state: GameState, actor: ActorId, order: Order): Check {
  const a = state.actors[actor];
  switch (order.kind) {
    case 'move':
    case 'attack': {
      const dest = order.kind === 'move' ? order.to : order.target;
      if (!adjacent(state, order.from, dest)) return bad('ERR_NOT_ADJACENT', `${state.regions[dest].name} does not border ${state.regions[order.from].name}.`);
      const fr = checkForceRequest(order.forces);
      if (!fr.ok) return fr;
      const hf = hasForces(state, actor, order.from, order.forces);
      if (!hf.ok) return hf;
      const c = state.regions[dest].controller;
      if (order.kind === 'move') {
        if (c === null || !friendly(state, actor, c)) return bad('ERR_NOT_FRIENDLY', `${state.regions[dest].name} is not held by your side or by a treaty partner you fight beside: attack it instead of moving.`);
      } else {
        if (c === null) return bad('ERR_NO_TARGET', `${state.regions[dest].name} is held by no one.`);
        if (friendly(state, actor, c)) return bad('ERR_OWN_REGION', `${state.regions[dest].name} is held by your own side or a treaty partner you fight beside.`);
        if (groundStrength(order.forces) === 0) return bad('ERR_NO_GROUND_FORCES', 'An attack needs ground forces; use a strike for drones alone.');
      }
      return ok;
    }
    case 'strike': {
      const have = state.actors[actor].forces[order.from]?.[order.weapon] ?? 0;
      if (have <= 0) return bad('ERR_NOT_ENOUGH_FORCES', `No ${order.weapon} in ${state.regions[order.from].name}.`);
      const range = order.weapon === 'drones' ? DRONE_RANGE : 1;
      if (!withinSteps(state, order.from, range).includes(order.target)) {
        return bad('ERR_OUT_OF_RANGE', `${state.regions[order.target].name} is beyond ${order.weapon} range (${range}) from ${state.regions[order.from].name}.`);
      }
      const c = state.regions[order.target].controller;
      if (c !== null && allied(state, actor, c)) return bad('ERR_OWN_REGION', `${state.regions[order.target].name} is held by your own side.`);
      return ok;
    }
    case 'hold':
      return ok;
    case 'mobilise': {
      if (state.regions[order.region].controller !== actor) return bad('ERR_NOT_YOURS', `You can only mobilise in a region you hold; ${state.regions[order.region].name} is not yours.`);
      if (order.amount > a.reserves) return bad('ERR_NO_RESERVES', `${a.name} has ${a.reserves} reserve points, not ${order.amount}.`);
      return ok;
    }
    case 'propose': {
      if (order.to.includes(actor)) return bad('ERR_BAD_ORDER', 'You cannot send a proposal to yourself.');
      return validateTerms(state, order.terms, 'terms');
    }
    case 'answer': {
      const p = state.proposals.find((x) => x.id === order.proposal);
      if (!p) return bad('ERR_UNKNOWN_PROPOSAL', `There is no proposal ${shown(order.proposal)}.`);
      if (!p.to.includes(actor)) return bad('ERR_NOT_ADDRESSEE', `Proposal ${p.id} was not addressed to ${a.name}.`);
      if (p.status !== 'pending') return bad('ERR_NOT_PENDING', `Proposal ${p.id} is already ${p.status}.`);
      if (Object.hasOwn(p.answers, actor)) return bad('ERR_ANSWERED', `${a.name} has already answered proposal ${p.id}.`);
      if (p.turn >= state.turn) return bad('ERR_TOO_EARLY', `Proposal ${p.id} arrives this turn; answer it next turn.`);
      return order.counter ? validateTerms(state, order.counter, 'counter') : ok;
    }
    case 'support': {
      if (order.client === actor) return bad('ERR_BAD_ORDER', 'You cannot support yourself.');
      if (atWar(state, actor, order.client)) return bad('ERR_ENEMY', `${a.name} is at war with ${state.actors[order.client].name}.`);
      if (state.forbidden.some((f) => f.patron === actor && f.package === order.package)) {
        return bad('ERR_FORBIDDEN', `In this variant ${a.name} supplies no ${order.package}.`);
      }
      if (!order.covert && (order.package === 'special-forces' || order.package === 'advisers') && state.roles.rivals.includes(actor) && state.tension >= state.rules.tensionLimit) {
        return bad('ERR_TENSION', `${tensionName(state)} is ${state.tension} (limit ${state.rules.tensionLimit}): overt troops from ${a.name} would tip it over; send them covertly or lower the tension first.`);
      }
      if (state.actors[order.client].background) return bad('ERR_BACKGROUND_ACTOR', `${state.actors[order.client].name} takes no support packages.`);
      return order.condition ? checkCondition(state, order.client, order.condition) : ok;
    }
    case 'withdraw': {
      const l = state.links.find((x) => x.id === order.link);
      if (!l) return bad('ERR_UNKNOWN_LINK', `There is no support link ${shown(order.link)}.`);
      if (l.patron !== actor) return bad('ERR_NOT_YOUR_LINK', `Support link ${l.id} (${l.package} to ${state.actors[l.client].name}) is ${state.actors[l.patron].name}'s, not ${a.name}'s.`);
      if (!l.active) return bad('ERR_LINK_ENDED', `Support link ${l.id} (${l.package} to ${state.actors[l.client].name}) has already ended.`);
      return ok;
    }
    default: {
      const never: never = order;
      throw new Error(`bug: a rebuilt order of no known kind ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Is one order, on its own, legal for this actor now? The order may be anything a player sent:
 * on success the answer holds it rebuilt from its known fields (use that one, not the input).
 */
export function validateOrder(state: GameState, actor: ActorId, input: unknown): Result<{ order: Order }> {
  const who = checkActor(state, actor);
  // A fallen government's seat may still send an empty list: it holds everywhere.
  if (!who.ok && !(who.code === 'ERR_COLLAPSED' && Array.isArray(input) && input.length === 0)) return who;
  const read = readOrder(state, input);
  if (!read.ok) return read;
  const c = checkOrder(state, actor, read.order);
  return c.ok ? read : c;
}

export function orderCost(state: GameState, actor: ActorId, order: Order): { ap: number; money: number } {
  const base = state.rules.orderCost[order.kind];
  if (order.kind === 'mobilise') return { ap: base.ap, money: base.money + order.amount * state.rules.mobiliseCostPerPoint };
  if (order.kind === 'support') return { ap: base.ap, money: base.money + state.rules.support[order.package].cost * (order.size ?? 1) };
  return base;
}

type Refusal = EngineError & { readonly index?: number };

/** How a refusal names order `i` of a list; built only when an order is refused. */
function orderLabel(actorName: string, input: readonly unknown[], i: number): string {
  const kind = claimedKind(input[i]);
  return `${actorName}'s order ${i + 1}${kind ? ` (${kind})` : ''}`;
}

/**
 * A whole turn's orders for one actor, as a player sent them: each order rebuilt and checked,
 * then the budget and the forces they use together. On success the answer holds the rebuilt list.
 */
export function validateOrders(state: GameState, actor: ActorId, input: unknown): Ok<{ orders: Order[] }> | Refusal {
  const who = checkActor(state, actor);
  // A fallen government's seat may still send an empty list: it holds everywhere.
  if (!who.ok && !(who.code === 'ERR_COLLAPSED' && Array.isArray(input) && input.length === 0)) return who;
  const a = state.actors[actor];
  if (!Array.isArray(input)) return { ok: false, code: 'ERR_BAD_ORDERS', message: `${a.name}'s orders must be a list, not ${shown(input)}.` };
  if (input.length > ORDER_LIMITS.ordersPerActor) return { ok: false, code: 'ERR_TOO_MANY_ORDERS', message: `${a.name} gave ${input.length} orders; at most ${ORDER_LIMITS.ordersPerActor} are taken in a turn.` };
  const orders: Order[] = [];
  let ap = 0;
  let reserves = 0;
  let money = 0;
  const used = keyed<Forces>();
  // Made only for a list that answers or withdraws: most lists do neither.
  let answered: Set<string> | null = null;
  let withdrawn: Set<string> | null = null;
  for (let i = 0; i < input.length; i++) {
    const c = validateOrder(state, actor, input[i]);
    if (!c.ok) return { ...c, message: `${orderLabel(a.name, input, i)}: ${c.message}`, index: i };
    const o = c.order;
    orders.push(o);
    const cost = orderCost(state, actor, o);
    ap += cost.ap;
    money += cost.money;
    if (ap > a.actionPoints) return { ok: false, code: 'ERR_NO_ACTION_POINTS', message: `${orderLabel(a.name, input, i)}: ${a.name} has ${a.actionPoints} action points; these orders need ${ap}.`, index: i };
    if (money > a.treasury) return { ok: false, code: 'ERR_NO_MONEY', message: `${orderLabel(a.name, input, i)}: ${a.name} has ${a.treasury} in the treasury; these orders cost ${money}.`, index: i };
    if (o.kind === 'move' || o.kind === 'attack') {
      const u = (used[o.from] ??= fullForces(undefined));
      for (const t of FORCE_TYPES) u[t] += o.forces[t] ?? 0;
      const hf = hasForces(state, actor, o.from, u);
      if (!hf.ok) return { ...hf, message: `${orderLabel(a.name, input, i)}: forces already committed by an earlier order — ${hf.message}`, index: i };
    }
    if (o.kind === 'mobilise') {
      reserves += o.amount;
      if (reserves > a.reserves) return { ok: false, code: 'ERR_NO_RESERVES', message: `${orderLabel(a.name, input, i)}: ${a.name} has ${a.reserves} reserve points; these orders mobilise ${reserves}.`, index: i };
    }
    if (o.kind === 'answer') {
      answered ??= new Set();
      if (answered.has(o.proposal)) return { ok: false, code: 'ERR_ANSWERED', message: `${orderLabel(a.name, input, i)}: proposal ${o.proposal} is answered twice.`, index: i };
      answered.add(o.proposal);
    }
    if (o.kind === 'withdraw') {
      withdrawn ??= new Set();
      if (withdrawn.has(o.link)) return { ok: false, code: 'ERR_WITHDRAWN', message: `${orderLabel(a.name, input, i)}: support link ${o.link} is withdrawn twice.`, index: i };
      withdrawn.add(o.link);
    }
  }
  return { ok: true, orders };
}

function movable(f: Forces): Partial<Forces> {
  const out: Partial<Forces> = {};
  for (const t of FORCE_TYPES) if (t !== 'peacekeepers' && f[t] > 0) out[t] = f[t];
  return out;
}

/** The candidate orders for an actor now: one per option, each legal on its own. */
export function legalOrders(state: GameState, actor: ActorId): Order[] {
  if (!checkActor(state, actor).ok) return [];
  const a = state.actors[actor];
  const out: Order[] = [];
  const push = (o: Order): void => {
    if (checkOrder(state, actor, o).ok) out.push(o);
  };
  for (const from of Object.keys(a.forces).sort()) {
    const f = a.forces[from];
    if (totalStrength(f) === 0) continue;
    const all = movable(f);
    push({ kind: 'hold', region: from });
    for (const to of state.regions[from].neighbours) {
      const c = state.regions[to].controller;
      if (c !== null && friendly(state, actor, c)) {
        if (totalStrength(all) > 0) push({ kind: 'move', from, to, forces: all });
      } else if (c !== null && atWar(state, actor, c)) {
        if (groundStrength(all) > 0) push({ kind: 'attack', from, target: to, forces: all });
      }
    }
    for (const weapon of ['drones', 'artillery'] as const) {
      if (f[weapon] <= 0) continue;
      const range = weapon === 'drones' ? DRONE_RANGE : 1;
      for (const target of withinSteps(state, from, range)) {
        const c = state.regions[target].controller;
        if (c !== null && atWar(state, actor, c)) push({ kind: 'strike', from, target, weapon, aim: 'forces' });
      }
    }
  }
  // As many points as the reserves and the treasury allow: Artsakh (5 in the treasury) can raise 2.
  const amount = Math.min(MOBILISE_MAX, a.reserves, Math.floor((a.treasury - state.rules.orderCost.mobilise.money) / state.rules.mobiliseCostPerPoint));
  if (amount > 0) {
    for (const region of state.regionOrder) {
      if (state.regions[region].controller !== actor) continue;
      for (const force of MOBILISABLE) push({ kind: 'mobilise', region, force, amount });
    }
  }
  for (const p of state.proposals) {
    if (p.status !== 'pending' || !p.to.includes(actor) || p.answers[actor] || p.turn >= state.turn) continue;
    push({ kind: 'answer', proposal: p.id, answer: 'accept' });
    push({ kind: 'answer', proposal: p.id, answer: 'reject' });
  }
  const enemies = state.actorOrder.filter((b) => b !== actor && atWar(state, actor, b));
  if (enemies.length > 0) push({ kind: 'propose', to: enemies, terms: { kind: 'ceasefire', turns: 2, monitors: [] } });
  // Each package a doctrine names, openly or covertly (doctrine sets the costs, not the choice).
  for (const p of a.doctrine.patronOf) {
    for (const pkg of p.packages) for (const covert of [p.covert, !p.covert]) push({ kind: 'support', client: p.client, package: pkg, covert });
  }
  for (const l of state.links) if (l.patron === actor && l.active) push({ kind: 'withdraw', link: l.id });
  return out;
}
