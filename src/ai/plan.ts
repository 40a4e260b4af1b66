// A computer actor's turn in the making: the view it decides from, the state rebuilt from
// that view, its own dice, the budget left, and the orders and reasons chosen so far.
import { validateOrders, viewFor, type Actor, type ActorId, type Doctrine, type GameState, type Order, type RegionId, type View, groundStrength, orderCost, openDice, seedRng, allied, atWar, ceasefireBetween, type Dice, keyed } from '../engine';
import { aiSeed, stateFromView } from './view-state';

export type Difficulty = 'easy' | 'normal' | 'hard';

export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'normal', 'hard'];

export interface Plan {
  readonly actor: ActorId;
  /** The commander whose aims and diplomacy this actor follows (itself unless commanded). */
  readonly commander: ActorId;
  readonly view: View;
  /** The state rebuilt from the view: estimates taken as truth. */
  readonly seen: GameState;
  readonly me: Actor;
  readonly doctrine: Doctrine;
  /** The great power that brokers a settlement, and the patron that rivals it (the scenario's roles). */
  readonly broker: ActorId;
  readonly rival: ActorId;
  readonly difficulty: Difficulty;
  readonly dice: Dice;
  /** Actors at war with this one, or that it is about to attack (set with setEnemies). */
  enemies: readonly ActorId[];
  /** The same as a set, and the enemy ground strength in each region (estimates), for speed. */
  enemySet: ReadonlySet<ActorId>;
  enemyGround: Readonly<Record<RegionId, number>>;
  readonly orders: Order[];
  readonly reasons: string[];
  /** Sides the actor agrees a ceasefire with this turn (in force before operations resolve). */
  readonly truceWith: Set<ActorId>;
  /** The actor signs a settlement this turn: the guns fall silent. */
  settling: boolean;
  ap: number;
  money: number;
}

export function newPlan(state: GameState, actor: ActorId, difficulty: Difficulty): Plan {
  const view = viewFor(state, actor);
  const seen = stateFromView(state, view, actor);
  return planOn(view, seen, actor, difficulty, openDice(seedRng(aiSeed(state, actor, 'decide'))));
}

/**
 * A plan for `actor` on a state it sees, with its own dice: the actor's own turn (newPlan), or
 * the side of an enemy whose reply the look-ahead estimates. Its enemies are those at war with it.
 */
export function planOn(view: View, seen: GameState, actor: ActorId, difficulty: Difficulty, dice: Dice): Plan {
  const me = seen.actors[actor];
  const { broker, rivals } = seen.roles;
  const plan: Plan = {
    actor,
    commander: me.commandedBy ?? actor,
    view,
    seen,
    me,
    doctrine: me.doctrine,
    broker,
    // The patron that rivals the broker; when a variant hands the table to a third party, the
    // rival listed last (the scenario lists the usual broker first).
    rival: rivals[0] === broker ? rivals[1] : rivals[1] === broker ? rivals[0] : rivals[rivals.length - 1],
    difficulty,
    dice,
    enemies: [],
    enemySet: new Set(),
    enemyGround: {},
    orders: [],
    reasons: [],
    truceWith: new Set(),
    settling: false,
    ap: me.actionPoints,
    money: me.treasury,
  };
  setEnemies(plan, seen.actorOrder.filter((b) => b !== actor && atWar(seen, actor, b)));
  return plan;
}

export function setEnemies(plan: Plan, enemies: readonly ActorId[]): void {
  const { seen, actor } = plan;
  plan.enemies = enemies;
  plan.enemySet = new Set(enemies.filter((e) => !allied(seen, actor, e)));
  const ground = keyed<number>();
  for (const id of plan.enemySet) {
    const forces = seen.actors[id].forces;
    for (const r of Object.keys(forces)) ground[r] = (ground[r] ?? 0) + groundStrength(forces[r]);
  }
  plan.enemyGround = ground;
}

export function isEnemy(plan: Plan, other: ActorId | null): boolean {
  return other !== null && plan.enemySet.has(other);
}

/** Is a ceasefire binding the actor and this other side this turn (already in force, or being agreed now)? */
export function truceBinds(plan: Plan, other: ActorId | null): boolean {
  if (other === null) return false;
  const side = plan.seen.actors[other]?.commandedBy ?? other;
  return ceasefireBetween(plan.seen, plan.actor, other) !== undefined || plan.truceWith.has(side) || plan.truceWith.has(other);
}

function canAfford(plan: Plan, order: Order): boolean {
  const c = orderCost(plan.seen, plan.actor, order);
  return c.ap <= plan.ap && c.money <= plan.money;
}

/** Add an order if the budget allows and the whole list stays legal; say why. */
export function give(plan: Plan, order: Order, reason: string): boolean {
  if (!canAfford(plan, order)) return false;
  const next = [...plan.orders, order];
  if (!validateOrders(plan.seen, plan.actor, next).ok) return false;
  const c = orderCost(plan.seen, plan.actor, order);
  plan.ap -= c.ap;
  plan.money -= c.money;
  plan.orders.push(order);
  plan.reasons.push(reason);
  return true;
}

export function note(plan: Plan, reason: string): void {
  plan.reasons.push(reason);
}

export function name(plan: Plan, id: string): string {
  return plan.seen.actors[id]?.name ?? plan.seen.regions[id]?.name ?? id;
}
