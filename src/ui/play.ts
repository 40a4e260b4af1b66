// The player's side of a game wherever it lives: the orders being given this turn, the options
// the engine allows, and their costs, all read from `state` (the true state in single player,
// the state rebuilt from the team's view in a class). No Phaser and no DOM here.
import {
  describeOrder,
  explainAttack,
  legalOrders,
  orderCost,
  supportDelay,
  validateOrders,
  type ActorId,
  type AttackOdds,
  type GameState,
  type LogEntry,
  type Order,
  type OrdersByActor,
  type View,
} from '../engine';
import type { Scenario } from '../scenario/types';
import { draftProposals } from './drafts';
import { arrivalText, orderTitle } from './order-title';

export interface OrderOption {
  readonly actor: ActorId;
  readonly order: Order;
  /** The engine's full sentence. */
  readonly text: string;
  readonly title: string;
  readonly sub: string;
  readonly ap: number;
  readonly money: number;
  readonly odds: AttackOdds | null;
}

export interface PendingOrder {
  readonly actor: ActorId;
  readonly order: Order;
  readonly text: string;
  readonly title: string;
  /** Chance of success for an attack, in percent. */
  readonly odds: number | null;
}

export type Outcome<T = object> = ({ ok: true } & T) | { ok: false; message: string };

/** The region an order is given from (or in), for listing orders by region. */
function orderRegion(order: Order): string | null {
  switch (order.kind) {
    case 'move':
    case 'attack':
    case 'strike':
      return order.from;
    case 'hold':
    case 'mobilise':
      return order.region;
    default:
      return null;
  }
}

export abstract class Play {
  pending: PendingOrder[] = [];

  constructor(readonly scenario: Scenario) {}

  /** The state orders are checked against. */
  abstract get state(): GameState;
  /** The actor this player plays. */
  abstract get human(): ActorId;
  abstract view(): View;
  /** What the human may read of the last resolved turn. */
  abstract lastTurnLog(): LogEntry[];
  /** What the human may read of every turn so far. */
  abstract visibleLog(): LogEntry[];
  /** Called after the pending orders changed (a class shares them with the team). */
  protected ordersChanged(): void {}

  /** The human's actor and the actors it commands (Armenia gives Artsakh's orders). */
  commanded(): ActorId[] {
    const h = this.human;
    return [h, ...this.state.actorOrder.filter((a) => a !== h && this.state.actors[a].commandedBy === h)];
  }

  private option(actor: ActorId, order: Order): OrderOption {
    const cost = orderCost(this.state, actor, order);
    const title = orderTitle(order, this.state);
    // Whether a route is closed is public (a country announces it), so the arrival may say so.
    const sub = order.kind === 'support' ? `${title.sub} · ${arrivalText(supportDelay(this.state, actor, order.client, order.package))}` : title.sub;
    return {
      actor,
      order,
      text: describeOrder(order, this.state),
      title: title.title,
      sub,
      ap: cost.ap,
      money: cost.money,
      odds: order.kind === 'attack' ? explainAttack(this.state, actor, order) : null,
    };
  }

  /** The legal orders given from a region, for every actor the human commands. */
  optionsInRegion(region: string): OrderOption[] {
    return this.commanded().flatMap((a) =>
      legalOrders(this.state, a)
        .filter((o) => orderRegion(o) === region)
        .map((o) => this.option(a, o)),
    );
  }

  /** Orders that belong to no region: proposals, answers, support packages. */
  optionsOffBoard(): OrderOption[] {
    return this.commanded().flatMap((a) =>
      [...legalOrders(this.state, a).filter((o) => orderRegion(o) === null), ...draftProposals(this.state, a, this.scenario)].map((o) => this.option(a, o)),
    );
  }

  /** Regions where the human has something to order. */
  regionsWithOrders(): string[] {
    const set = new Set<string>();
    for (const a of this.commanded()) for (const o of legalOrders(this.state, a)) {
      const r = orderRegion(o);
      if (r !== null && o.kind !== 'mobilise') set.add(r);
    }
    return this.state.regionOrder.filter((r) => set.has(r));
  }

  ordersOf(actor: ActorId): Order[] {
    return this.pending.filter((p) => p.actor === actor).map((p) => p.order);
  }

  addOrder(actor: ActorId, order: Order): Outcome {
    const next = [...this.ordersOf(actor), order];
    const check = validateOrders(this.state, actor, next);
    if (!check.ok) return { ok: false, message: check.message };
    this.pending.push(this.pendingOrder(actor, order));
    this.ordersChanged();
    return { ok: true };
  }

  removeOrder(index: number): void {
    this.pending.splice(index, 1);
    this.ordersChanged();
  }

  private pendingOrder(actor: ActorId, order: Order): PendingOrder {
    const odds = order.kind === 'attack' ? explainAttack(this.state, actor, order).chancePct : null;
    return { actor, order, text: describeOrder(order, this.state), title: orderTitle(order, this.state).title, odds };
  }

  /** The pending orders, by actor in command order (what is sent or shared). */
  orders(): OrdersByActor {
    const out: Record<ActorId, Order[]> = {};
    for (const a of this.commanded()) out[a] = this.ordersOf(a);
    return out;
  }

  /** Replaces the pending orders (a teammate's draft), without telling anyone. */
  setOrders(orders: OrdersByActor): void {
    this.pending = this.commanded().flatMap((a) => (orders[a] ?? []).map((o) => this.pendingOrder(a, o)));
  }

  /** Action points and money the pending orders use, per commanded actor. */
  budget(actor: ActorId): { apUsed: number; apTotal: number; moneyUsed: number; treasury: number } {
    const a = this.state.actors[actor];
    let ap = 0;
    let money = 0;
    for (const o of this.ordersOf(actor)) {
      const c = orderCost(this.state, actor, o);
      ap += c.ap;
      money += c.money;
    }
    return { apUsed: ap, apTotal: a.actionPoints, moneyUsed: money, treasury: a.treasury };
  }

}
