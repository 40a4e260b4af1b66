// The computer actors' entry points: one actor's orders for this turn, with the reasons, and
// everyone's orders at once for a computer-run turn.
import { validateOrders, type ActorId, type GameState, type Order, type OrdersByActor, allied } from '../engine';
import { proposeBasing } from './basing';
import { deterred } from './deterrence';
import { answerProposals, mediate, seekCeasefire, statements } from './diplomacy';
import { CANDIDATES, chooseBySimulation } from './lookahead';
import { name, newPlan, note, give, setEnemies, type Difficulty, type Plan } from './plan';
import { planConditions, planWithdrawals } from './levers';
import { planArmsDeals, planSupport, planTransit } from './support';
import { planMobilise, planMoves, planReinforce } from './deploy';
import { attackOptions, breaksTruce, greedyAttacks, minChance, planStrikes, type AttackOption } from './war';

export interface ChooseOptions {
  readonly difficulty?: Difficulty;
}

export interface Decision {
  readonly orders: Order[];
  readonly reasons: string[];
}

/** An aggressive actor not yet at war opens the offensive itself once the season is late enough. */
function openingOffensive(plan: Plan): boolean {
  if (plan.enemies.length > 0 || plan.seen.wars.length > 0 || plan.doctrine.aggression < 70 || plan.doctrine.mediator) return false;
  // A settlement ends the war for good: no one reopens it.
  if (plan.seen.treaties.some((t) => t.kind === 'settlement')) return false;
  const due = Math.floor((plan.view.calendar.turns * 2) / 5) + 1;
  if (plan.view.turn < due) return false;
  const targets = new Set<ActorId>();
  for (const r of plan.doctrine.priorities) {
    const c = plan.seen.regions[r]?.controller;
    if (c && !allied(plan.seen, plan.actor, c)) targets.add(c);
  }
  if (targets.size === 0) return false;
  if (deterred(plan, [...targets].sort(), due)) return false;
  setEnemies(plan, [...targets].sort());
  note(plan, `no war yet and the season is late (turn ${plan.view.turn + 1}): we open the offensive against ${plan.enemies.map((e) => name(plan, e)).join(', ')}`);
  return true;
}

function candidateSets(plan: Plan, options: readonly AttackOption[], floor: number, truce: boolean): AttackOption[][] {
  const greedy = greedyAttacks(plan, options, floor, truce);
  const sets: AttackOption[][] = [greedy];
  if (plan.difficulty === 'easy') return sets;
  sets.push(greedyAttacks(plan, options, Math.max(5, floor - 15), truce));
  if (greedy.length > 1) sets.push(greedy.slice(0, greedy.length - 1));
  if (greedy.length > 0) sets.push(greedy.slice(0, 1));
  sets.push([]);
  if (plan.difficulty === 'hard') {
    sets.push(greedyAttacks(plan, options, Math.min(90, floor + 15), truce));
    if (!truce && options.some((o) => o.breaksCeasefire)) sets.push(greedyAttacks(plan, options, floor, true));
    sets.push(greedyAttacks(plan, [...options].sort((a, b) => b.chance - a.chance), floor, truce));
  }
  return sets.slice(0, CANDIDATES[plan.difficulty]);
}

function fight(plan: Plan): void {
  const options = attackOptions(plan);
  let truce = false;
  if (options.some((o) => o.breaksCeasefire && o.chance >= minChance(plan))) {
    const b = breaksTruce(plan);
    truce = b.yes;
    note(plan, b.why);
  }
  const floor = minChance(plan);
  const sets = candidateSets(plan, options, floor, truce);
  let chosen: readonly AttackOption[] = sets[0];
  if (plan.difficulty !== 'easy' && options.length > 0) {
    const pick = chooseBySimulation(plan, sets, plan.orders);
    chosen = pick.best;
    note(plan, pick.why);
  }
  if (options.length > 0 && chosen.length === 0) note(plan, `no attack this week: the best odds (${options[0].chance}% on ${name(plan, options[0].order.target)}) are not worth it for us (we need ${floor}%)`);
  for (const a of chosen) give(plan, a.order, `${a.reason}${a.breaksCeasefire ? ' — breaking the ceasefire' : ''}`);
  // A fighting patron supplies its client before spending the rest; strikes (resolved before
  // attacks) soften this week's targets.
  planSupport(plan);
  if (plan.doctrine.aggression < 50) planReinforce(plan, chosen);
  planStrikes(plan, chosen, truce, plan.doctrine.aggression >= 50 ? 2 : 1);
  planMobilise(plan, chosen);
  planMoves(plan, chosen);
}

/** At most one deal a week — a base, an arms sale or a route — with the action points left over. */
function proposeDeal(plan: Plan): void {
  if (plan.settling) return;
  if (proposeBasing(plan)) return;
  if (planArmsDeals(plan)) return;
  planTransit(plan);
}

function decide(state: GameState, actor: ActorId, difficulty: Difficulty): Decision {
  const a = state.actors[actor];
  if (!a || a.background || a.collapsed || state.ended) return { orders: [], reasons: [] };
  const plan = newPlan(state, actor, difficulty);
  answerProposals(plan);
  if (plan.doctrine.mediator) mediate(plan);
  else seekCeasefire(plan);
  const belligerent = plan.enemies.length > 0 || openingOffensive(plan);
  // A patron without an army of its own supplies first; a fighting patron fights first.
  if (plan.settling) note(plan, 'we sign the settlement: our guns fall silent');
  else if (belligerent) fight(plan);
  if (!belligerent || plan.settling) planSupport(plan);
  statements(plan);
  proposeDeal(plan);
  // Strings and withdrawals take what action points and money the week's deal left.
  planConditions(plan);
  planWithdrawals(plan);
  if (plan.orders.length === 0) note(plan, 'nothing worth doing this week: we hold');
  return { orders: plan.orders, reasons: plan.reasons };
}

/** Orders for one computer-run actor, decided from its own view, with the reasons for each. */
export function chooseOrders(state: GameState, actor: ActorId, options: ChooseOptions = {}): Decision {
  const d = decide(state, actor, options.difficulty ?? 'normal');
  // The engine must never see an illegal computer order: drop any that fails, and say so.
  let orders = d.orders;
  for (let guard = orders.length; guard > 0; guard--) {
    const check = validateOrders(state, actor, orders);
    if (check.ok) break;
    const i = check.index ?? orders.length - 1;
    d.reasons.push(`dropped an order the engine refuses: ${check.message}`);
    orders = orders.filter((_, j) => j !== i);
  }
  return { orders, reasons: d.reasons };
}

/** The actors the computer runs: not background, not collapsed, not a human's nor commanded by one. */
export function computerActors(state: GameState, humans: readonly ActorId[] = []): ActorId[] {
  return state.actorOrder.filter((id) => {
    const a = state.actors[id];
    return !a.background && !a.collapsed && !humans.includes(id) && !(a.commandedBy !== null && humans.includes(a.commandedBy));
  });
}

/** Every computer-run actor's decision this turn; an idle actor (sim --idle) gives no orders. */
export function decideAll(state: GameState, options: ChooseOptions = {}, humans: readonly ActorId[] = [], idle: readonly ActorId[] = []): Record<ActorId, Decision> {
  const out: Record<ActorId, Decision> = {};
  for (const id of computerActors(state, humans)) out[id] = idle.includes(id) ? { orders: [], reasons: ['idle: this actor gives no orders'] } : chooseOrders(state, id, options);
  return out;
}

/** Orders for every computer-run actor this turn. */
export function ordersForAll(state: GameState, options: ChooseOptions = {}, humans: readonly ActorId[] = []): OrdersByActor {
  const out: OrdersByActor = {};
  for (const id of computerActors(state, humans)) out[id] = chooseOrders(state, id, options).orders;
  return out;
}
