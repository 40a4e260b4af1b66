// Look-ahead: play this turn forward on the state rebuilt from the actor's view, with the
// actor's own dice, for a few candidate attack sets, and keep the one its aims like best.
// On hard the main enemy is not passive: it gets the reply its own doctrine would choose
// (its greedy attack set, worked out on the same rebuilt state from its side).
import { simulateTurn, type ActorId, type GameState, type Order, groundStrength, seedRng, scoreActor, allied, openDice, validateOrders } from '../engine';
import { aiSeed } from './view-state';
import { attackOptions, greedyAttacks, minChance, type AttackOption } from './war';
import { name, planOn, type Plan } from './plan';

/** Samples of the dice per candidate, by difficulty. */
const SAMPLES = { easy: 0, normal: 2, hard: 4 } as const;
/** Candidate attack sets tried, by difficulty. */
export const CANDIDATES = { easy: 1, normal: 4, hard: 8 } as const;
/** Does the look-ahead give the main enemy a reply, by difficulty? */
export const MODELS_REPLY = { easy: false, normal: false, hard: true } as const;

function material(plan: Plan, s: GameState): number {
  let own = 0;
  let enemy = 0;
  // Index loops: the order lists and doctrines are frozen (see seenForces in engine/view.ts).
  for (let i = 0; i < s.actorOrder.length; i++) {
    const id = s.actorOrder[i];
    let g = 0;
    for (const r of Object.keys(s.actors[id].forces)) g += groundStrength(s.actors[id].forces[r]);
    if (allied(s, id, plan.actor)) own += g;
    else if (plan.enemies.includes(id)) enemy += g;
  }
  return own - enemy;
}

function worth(plan: Plan, s: GameState): number {
  let w = scoreActor(s, plan.commander).points * 4 + material(plan, s);
  for (let i = 0; i < plan.doctrine.priorities.length; i++) {
    const r = plan.doctrine.priorities[i];
    const c = s.regions[r]?.controller;
    if (c && allied(s, plan.actor, c)) w += 3;
  }
  return w;
}

/** The enemy whose reply matters most: the one with the most ground strength next to our regions. */
export function mainEnemy(plan: Plan): ActorId | null {
  const { seen } = plan;
  let best: ActorId | null = null;
  let bestStrength = 0;
  for (const id of [...plan.enemySet].sort()) {
    const e = seen.actors[id];
    if (!e || e.background || e.collapsed) continue;
    let s = 0;
    for (const r of Object.keys(e.forces)) {
      if (seen.regions[r].neighbours.some((n) => seen.regions[n].controller !== null && allied(seen, plan.actor, seen.regions[n].controller))) s += groundStrength(e.forces[r]);
    }
    if (s > bestStrength) {
      best = id;
      bestStrength = s;
    }
  }
  return best;
}

/**
 * The enemy's side of the same rebuilt state: our estimates of its forces, its public doctrine,
 * treasury and action points, its wars. Only what the war.ts functions read is filled in (the
 * view is still ours; they do not read it).
 */
function enemyPlan(plan: Plan, enemy: ActorId): Plan {
  const p = planOn(plan.view, plan.seen, enemy, 'easy', openDice(seedRng(aiSeed(plan.seen, plan.actor, `reply-${enemy}`))));
  // A truce we agree this week binds the enemy too.
  if (plan.truceWith.has(enemy) || plan.truceWith.has(p.commander)) {
    p.truceWith.add(plan.actor);
    p.truceWith.add(plan.commander);
  }
  return p;
}

export interface Reply {
  readonly actor: ActorId;
  readonly orders: readonly Order[];
  /** In words, for the reasons. */
  readonly text: string;
}

/**
 * The main enemy's likely reply this week, as we estimate it: its own greedy attack set by its
 * doctrine (its odds floor, its priorities), keeping a ceasefire unless its aggression makes
 * breaking one more likely than not. Attacks are simultaneous, so one reply serves every candidate.
 */
export function enemyReply(plan: Plan): Reply | null {
  const enemy = mainEnemy(plan);
  if (enemy === null) return null;
  const ep = enemyPlan(plan, enemy);
  const fightsThrough = ep.doctrine.aggression - 25 >= 50;
  const set = greedyAttacks(ep, attackOptions(ep), minChance(ep), fightsThrough);
  let orders: Order[] = set.map((a) => a.order);
  // Only orders the engine would take: the simulation refuses a turn with an illegal order.
  for (let guard = orders.length; guard > 0; guard--) {
    const check = validateOrders(plan.seen, enemy, orders);
    if (check.ok) break;
    const i = check.index ?? orders.length - 1;
    orders = orders.filter((_, j) => j !== i);
  }
  const attacks = orders.flatMap((o) => (o.kind === 'attack' ? [`${name(plan, o.target)} from ${name(plan, o.from)}`] : []));
  const text = attacks.length > 0 ? `${name(plan, enemy)} attacking ${attacks.join(', ')}` : `${name(plan, enemy)} not attacking`;
  return { actor: enemy, orders, text };
}

/** Mean worth of playing `attacks` (with the other orders already chosen) over the actor's own dice. */
function evaluate(plan: Plan, attacks: readonly AttackOption[], others: readonly Order[], salt: number, reply: Reply | null): number {
  const samples = SAMPLES[plan.difficulty];
  let total = 0;
  for (let k = 0; k < samples; k++) {
    const start: GameState = { ...plan.seen, rng: seedRng(aiSeed(plan.seen, plan.actor, `sample-${salt}-${k}`)) };
    const orders: Record<ActorId, readonly Order[]> = { [plan.actor]: [...others, ...attacks.map((a) => a.order)] };
    if (reply && reply.orders.length > 0) orders[reply.actor] = reply.orders;
    const res = simulateTurn(start, orders);
    if (!res.ok) return -Infinity;
    total += worth(plan, res.state);
  }
  return Math.floor(total / Math.max(1, samples));
}

export interface LookaheadOptions {
  /** Model the main enemy's reply (default: by difficulty, hard only). */
  readonly reply?: boolean;
}

/** Pick the best of the candidate sets by simulating each; the greedy set wins ties. */
export function chooseBySimulation(plan: Plan, candidates: readonly (readonly AttackOption[])[], others: readonly Order[], options: LookaheadOptions = {}): { best: readonly AttackOption[]; why: string } {
  const reply = (options.reply ?? MODELS_REPLY[plan.difficulty]) ? enemyReply(plan) : null;
  let best = candidates[0];
  let bestValue = -Infinity;
  const seenKeys = new Set<string>();
  const values: string[] = [];
  candidates.forEach((c, i) => {
    const key = c.map((a) => `${a.order.from}>${a.order.target}`).join(',');
    if (seenKeys.has(key)) return;
    seenKeys.add(key);
    const v = evaluate(plan, c, others, i, reply);
    values.push(`${key || 'no attack'}: ${v}`);
    if (v > bestValue) {
      bestValue = v;
      best = c;
    }
  });
  return { best, why: `looked ahead on our own estimates${reply ? `, expecting the enemy's reply (${reply.text})` : ''} (${values.join('; ')})` };
}
