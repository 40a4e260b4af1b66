// Orders: which are legal for an actor now, and why an order is refused.
import { fullForces, groundStrength, totalStrength } from './forces';
import { adjacent, withinSteps } from './geography';
import { keyed } from './keyed';
import { tensionName } from './names';
import { allied, atWar, isActor, isRegion } from './sides';
import { validateTerms } from './terms';
import { FORCE_TYPES, PACKAGE_KINDS, type ActorId, type Forces, type GameState, type Order, type Result } from './types';

type Check = Result<object>;
const ok: Check = { ok: true };
const bad = (code: string, message: string): Check => ({ ok: false, code, message });

/** How far armed drones reach for a strike (regions away). */
export const DRONE_RANGE = 2;
/** Most reserve points one order can mobilise. */
export const MOBILISE_MAX = 4;
export const MOBILISABLE: readonly (keyof Forces)[] = ['infantry', 'armour', 'artillery', 'airDefence'];

function checkForceRequest(f: unknown): Check {
  if (!f || typeof f !== 'object' || Array.isArray(f)) return bad('ERR_BAD_ORDER', 'forces must be an object of force type → strength.');
  for (const [k, v] of Object.entries(f)) {
    if (!(FORCE_TYPES as readonly string[]).includes(k)) return bad('ERR_BAD_ORDER', `Unknown force type "${k}" (known: ${FORCE_TYPES.join(', ')}).`);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return bad('ERR_BAD_ORDER', `Strength of ${k} must be a whole number ≥ 0, not ${JSON.stringify(v)}.`);
    if (k === 'peacekeepers' && v > 0) return bad('ERR_PEACEKEEPERS', 'Peacekeepers cannot be ordered to move or attack.');
  }
  return totalStrength(f as Partial<Forces>) > 0 ? ok : bad('ERR_NO_FORCES', 'The order sends no forces.');
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

function regionKnown(state: GameState, id: unknown, what: string): Check {
  return isRegion(state, id) ? ok : bad('ERR_UNKNOWN_REGION', `${what}: "${String(id)}" is not a region of this scenario.`);
}

/** Is one order, on its own, legal for this actor now? */
export function validateOrder(state: GameState, actor: ActorId, order: Order): Check {
  if (!isActor(state, actor)) return bad('ERR_UNKNOWN_ACTOR', `"${actor}" is not an actor in this scenario.`);
  const a = state.actors[actor];
  if (state.ended) return bad('ERR_GAME_OVER', 'The game has ended; no more orders.');
  if (a.background) return bad('ERR_BACKGROUND_ACTOR', `${a.name} is a background actor and acts by rule, not by orders.`);
  if (a.collapsed) return bad('ERR_COLLAPSED', `${a.name}'s government has collapsed; it can give no orders.`);
  if (!order || typeof order !== 'object') return bad('ERR_BAD_ORDER', 'An order must be an object with a kind.');
  switch (order.kind) {
    case 'move':
    case 'attack': {
      const dest = order.kind === 'move' ? order.to : order.target;
      for (const [id, what] of [[order.from, 'from'], [dest, order.kind === 'move' ? 'to' : 'target']] as const) {
        const c = regionKnown(state, id, what);
        if (!c.ok) return c;
      }
      if (!adjacent(state, order.from, dest)) return bad('ERR_NOT_ADJACENT', `${state.regions[dest].name} does not border ${state.regions[order.from].name}.`);
      const fr = checkForceRequest(order.forces);
      if (!fr.ok) return fr;
      const hf = hasForces(state, actor, order.from, order.forces);
      if (!hf.ok) return hf;
      const c = state.regions[dest].controller;
      if (order.kind === 'move') {
        if (c === null || !allied(state, actor, c)) return bad('ERR_NOT_FRIENDLY', `${state.regions[dest].name} is not held by your side: attack it instead of moving.`);
      } else {
        if (c === null) return bad('ERR_NO_TARGET', `${state.regions[dest].name} is held by no one.`);
        if (allied(state, actor, c)) return bad('ERR_OWN_REGION', `${state.regions[dest].name} is held by your own side.`);
        if (groundStrength(order.forces) === 0) return bad('ERR_NO_GROUND_FORCES', 'An attack needs ground forces; use a strike for drones alone.');
      }
      return ok;
    }
    case 'strike': {
      for (const [id, what] of [[order.from, 'from'], [order.target, 'target']] as const) {
        const c = regionKnown(state, id, what);
        if (!c.ok) return c;
      }
      if (order.weapon !== 'drones' && order.weapon !== 'artillery') return bad('ERR_BAD_ORDER', `Unknown weapon "${String(order.weapon)}".`);
      if (order.aim !== 'forces' && order.aim !== 'city') return bad('ERR_BAD_ORDER', `Unknown strike aim "${String(order.aim)}".`);
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
    case 'hold': {
      const c = regionKnown(state, order.region, 'region');
      if (!c.ok) return c;
      return ok;
    }
    case 'mobilise': {
      const c = regionKnown(state, order.region, 'region');
      if (!c.ok) return c;
      if (state.regions[order.region].controller !== actor) return bad('ERR_NOT_YOURS', `You can only mobilise in a region you hold; ${state.regions[order.region].name} is not yours.`);
      if (!MOBILISABLE.includes(order.force)) return bad('ERR_BAD_ORDER', `You can mobilise ${MOBILISABLE.join(', ')}; not "${String(order.force)}".`);
      if (!Number.isInteger(order.amount) || order.amount < 1 || order.amount > MOBILISE_MAX) return bad('ERR_BAD_ORDER', `Mobilise 1 to ${MOBILISE_MAX} points at a time.`);
      if (order.amount > a.reserves) return bad('ERR_NO_RESERVES', `${a.name} has ${a.reserves} reserve points, not ${order.amount}.`);
      return ok;
    }
    case 'propose': {
      if (!Array.isArray(order.to) || order.to.length === 0) return bad('ERR_BAD_ORDER', 'A proposal needs at least one addressee.');
      for (const t of order.to) {
        if (!isActor(state, t)) return bad('ERR_UNKNOWN_ACTOR', `Addressee "${t}" is not an actor.`);
        if (t === actor) return bad('ERR_BAD_ORDER', 'You cannot send a proposal to yourself.');
      }
      if (new Set(order.to).size !== order.to.length) return bad('ERR_BAD_ORDER', 'An addressee is listed twice.');
      if (!order.terms || typeof order.terms !== 'object') return bad('ERR_BAD_TERMS', 'A proposal needs terms.');
      return validateTerms(state, order.terms);
    }
    case 'answer': {
      const p = state.proposals.find((x) => x.id === order.proposal);
      if (!p) return bad('ERR_UNKNOWN_PROPOSAL', `There is no proposal "${order.proposal}".`);
      if (!p.to.includes(actor)) return bad('ERR_NOT_ADDRESSEE', `Proposal ${p.id} was not addressed to ${a.name}.`);
      if (p.status !== 'pending') return bad('ERR_NOT_PENDING', `Proposal ${p.id} is already ${p.status}.`);
      if (p.answers[actor]) return bad('ERR_ANSWERED', `${a.name} has already answered proposal ${p.id}.`);
      if (p.turn >= state.turn) return bad('ERR_TOO_EARLY', `Proposal ${p.id} arrives this turn; answer it next turn.`);
      if (order.answer !== 'accept' && order.answer !== 'reject' && order.answer !== 'counter') return bad('ERR_BAD_ORDER', `An answer is accept, reject or counter, not "${String(order.answer)}".`);
      if (order.answer === 'counter') {
        if (!order.counter) return bad('ERR_BAD_TERMS', 'A counter-proposal needs terms.');
        return validateTerms(state, order.counter);
      }
      return ok;
    }
    case 'support': {
      if (!isActor(state, order.client)) return bad('ERR_UNKNOWN_ACTOR', `Client "${order.client}" is not an actor.`);
      if (order.client === actor) return bad('ERR_BAD_ORDER', 'You cannot support yourself.');
      if (!PACKAGE_KINDS.includes(order.package)) return bad('ERR_BAD_ORDER', `Unknown package "${String(order.package)}" (known: ${PACKAGE_KINDS.join(', ')}).`);
      if (typeof order.covert !== 'boolean') return bad('ERR_BAD_ORDER', 'Say whether the package is covert (true or false).');
      if (atWar(state, actor, order.client)) return bad('ERR_ENEMY', `${a.name} is at war with ${state.actors[order.client].name}.`);
      if (state.forbidden.some((f) => f.patron === actor && f.package === order.package)) {
        return bad('ERR_FORBIDDEN', `In this variant ${a.name} supplies no ${order.package}.`);
      }
      if (!order.covert && (order.package === 'special-forces' || order.package === 'advisers') && state.roles.rivals.includes(actor) && state.tension >= state.rules.tensionLimit) {
        return bad('ERR_TENSION', `${tensionName(state)} is ${state.tension} (limit ${state.rules.tensionLimit}): overt troops from ${a.name} would tip it over; send them covertly or lower the tension first.`);
      }
      if (state.actors[order.client].background) return bad('ERR_BACKGROUND_ACTOR', `${state.actors[order.client].name} takes no support packages.`);
      return ok;
    }
    default: {
      const o = order as { kind?: unknown };
      return bad('ERR_BAD_ORDER', `Unknown order kind "${String(o.kind)}" (known: move, attack, strike, hold, mobilise, propose, answer, support).`);
    }
  }
}

export function orderCost(state: GameState, actor: ActorId, order: Order): { ap: number; money: number } {
  const base = state.rules.orderCost[order.kind];
  if (order.kind === 'mobilise') return { ap: base.ap, money: base.money + order.amount * state.rules.mobiliseCostPerPoint };
  if (order.kind === 'support') return { ap: base.ap, money: base.money + state.rules.support[order.package].cost };
  return base;
}

/** Validate a whole turn's orders for one actor: each order, then the budget and forces used together. */
export function validateOrders(state: GameState, actor: ActorId, orders: readonly Order[]): Result<object> & { index?: number } {
  if (!Array.isArray(orders)) return bad('ERR_BAD_ORDER', `Orders for ${actor} must be a list.`);
  if (!isActor(state, actor)) return bad('ERR_UNKNOWN_ACTOR', `"${actor}" is not an actor in this scenario.`);
  const a = state.actors[actor];
  let ap = 0;
  let reserves = 0;
  let money = 0;
  const used = keyed<Forces>();
  const answered = new Set<string>();
  for (let i = 0; i < orders.length; i++) {
    const o = orders[i];
    const c = validateOrder(state, actor, o);
    if (!c.ok) return { ...c, message: `Order ${i + 1} (${String(o?.kind)}): ${c.message}`, index: i };
    const cost = orderCost(state, actor, o);
    ap += cost.ap;
    money += cost.money;
    if (ap > a.actionPoints) return { ok: false, code: 'ERR_NO_ACTION_POINTS', message: `Order ${i + 1}: ${a.name} has ${a.actionPoints} action points; these orders need ${ap}.`, index: i };
    if (money > a.treasury) return { ok: false, code: 'ERR_NO_MONEY', message: `Order ${i + 1}: ${a.name} has ${a.treasury} in the treasury; these orders cost ${money}.`, index: i };
    if (o.kind === 'move' || o.kind === 'attack') {
      const u = (used[o.from] ??= fullForces(undefined));
      for (const t of FORCE_TYPES) u[t] += o.forces[t] ?? 0;
      const hf = hasForces(state, actor, o.from, u);
      if (!hf.ok) return { ...hf, message: `Order ${i + 1}: forces already committed by an earlier order — ${hf.message}`, index: i };
    }
    if (o.kind === 'mobilise') {
      reserves += o.amount;
      if (reserves > a.reserves) return { ok: false, code: 'ERR_NO_RESERVES', message: `Order ${i + 1}: ${a.name} has ${a.reserves} reserve points; these orders mobilise ${reserves}.`, index: i };
    }
    if (o.kind === 'answer') {
      if (answered.has(o.proposal)) return { ok: false, code: 'ERR_ANSWERED', message: `Order ${i + 1}: proposal ${o.proposal} is answered twice.`, index: i };
      answered.add(o.proposal);
    }
  }
  return ok;
}

function movable(f: Forces): Partial<Forces> {
  const out: Partial<Forces> = {};
  for (const t of FORCE_TYPES) if (t !== 'peacekeepers' && f[t] > 0) out[t] = f[t];
  return out;
}

/** The candidate orders for an actor now: one per option, each legal on its own. */
export function legalOrders(state: GameState, actor: ActorId): Order[] {
  const a = state.actors[actor];
  if (!a || a.background || a.collapsed || state.ended) return [];
  const out: Order[] = [];
  const push = (o: Order): void => {
    if (validateOrder(state, actor, o).ok) out.push(o);
  };
  for (const from of Object.keys(a.forces).sort()) {
    const f = a.forces[from];
    if (totalStrength(f) === 0) continue;
    const all = movable(f);
    push({ kind: 'hold', region: from });
    for (const to of state.regions[from].neighbours) {
      const c = state.regions[to].controller;
      if (c !== null && allied(state, actor, c)) {
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
  if (a.reserves > 0) {
    for (const region of state.regionOrder) {
      if (state.regions[region].controller !== actor) continue;
      for (const force of MOBILISABLE) push({ kind: 'mobilise', region, force, amount: Math.min(MOBILISE_MAX, a.reserves) });
    }
  }
  for (const p of state.proposals) {
    if (p.status !== 'pending' || !p.to.includes(actor) || p.answers[actor] || p.turn >= state.turn) continue;
    push({ kind: 'answer', proposal: p.id, answer: 'accept' });
    push({ kind: 'answer', proposal: p.id, answer: 'reject' });
  }
  const enemies = state.actorOrder.filter((b) => b !== actor && atWar(state, actor, b));
  if (enemies.length > 0) push({ kind: 'propose', to: enemies, terms: { kind: 'ceasefire', turns: 2, monitors: [] } });
  for (const p of a.doctrine.patronOf) {
    for (const pkg of p.packages) push({ kind: 'support', client: p.client, package: pkg, covert: p.covert });
  }
  return out;
}
