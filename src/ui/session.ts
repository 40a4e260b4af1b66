// One game as the browser plays it: the engine state, the replay, the human's pending
// orders and the log so far. No Phaser and no DOM here, so it runs (and is tested) in Node.
import {
  describeOrder,
  explainAttack,
  hashState,
  legalOrders,
  logFor,
  newGame,
  newReplay,
  recordTurn,
  resolveTurn,
  supportDelay,
  validateOrders,
  verifyReplay,
  viewFor,
  type ActorId,
  type AttackOdds,
  type GameState,
  type LogEntry,
  type Order,
  type Replay,
  type View,
} from '../engine';
import { orderCost } from '../engine';
import type { Scenario } from '../scenario/types';
import { computerOrders, type Difficulty } from './computer';
import { arrivalText, orderTitle } from './order-title';
import { draftProposals } from './drafts';

export interface SessionConfig {
  readonly scenarioId: string;
  readonly seed: string;
  readonly human: ActorId;
  readonly difficulty: Difficulty;
  readonly variant: string | null;
}

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

export class GameSession {
  state: GameState;
  replay: Replay;
  /** Every entry of every resolved turn, in order. */
  log: LogEntry[];
  pending: PendingOrder[] = [];

  private constructor(
    readonly scenario: Scenario,
    readonly config: SessionConfig,
    state: GameState,
    replay: Replay,
    log: LogEntry[],
  ) {
    this.state = state;
    this.replay = replay;
    this.log = log;
  }

  static start(scenario: Scenario, config: SessionConfig): Outcome<{ session: GameSession }> {
    const made = newGame(scenario, config.seed, { variant: config.variant });
    if (!made.ok) return { ok: false, message: made.message };
    if (!Object.hasOwn(made.state.actors, config.human)) return { ok: false, message: `"${config.human}" is not an actor in ${scenario.id}.` };
    return { ok: true, session: new GameSession(scenario, config, made.state, newReplay(made.state), []) };
  }

  /**
   * A game rebuilt from its replay: the engine verifies the replay (verifyReplay: engine version,
   * scenario, opening state, every turn's orders and hash), then the orders are played again from
   * the seed through resolveTurn, so the state and the log come from the engine, never from a file.
   * Refused with the engine's message (naming the turn) when the replay does not verify.
   */
  static rebuild(scenario: Scenario, replay: Replay, config: SessionConfig): Outcome<{ session: GameSession }> {
    const verdict = verifyReplay(replay, scenario);
    if (!verdict.ok) return { ok: false, message: verdict.message };
    const made = GameSession.start(scenario, config);
    if (!made.ok) return made;
    const s = made.session;
    if (s.replay.startHash !== replay.startHash) return { ok: false, message: 'The replay starts from another opening position (its seed or variant differs).' };
    for (const [i, turn] of replay.turns.entries()) {
      const res = resolveTurn(s.state, turn.orders);
      if (!res.ok) return { ok: false, message: `Turn ${i + 1}: ${res.message}` };
      if (hashState(res.state) !== turn.hash) return { ok: false, message: `Turn ${i + 1} ends in a different state than recorded.` };
      s.replay = recordTurn(s.replay, turn.orders, res.state);
      s.state = res.state;
      s.log.push(...res.log);
    }
    return { ok: true, session: s };
  }

  get human(): ActorId {
    return this.config.human;
  }

  /** The human's actor and the actors it commands (Armenia gives Artsakh's orders). */
  commanded(): ActorId[] {
    const h = this.human;
    return [h, ...this.state.actorOrder.filter((a) => a !== h && this.state.actors[a].commandedBy === h)];
  }

  view(): View {
    return viewFor(this.state, this.human);
  }

  /** What the human may read of the last resolved turn. */
  lastTurnLog(): LogEntry[] {
    const last = this.state.turn - 1;
    return logFor(
      this.log.filter((e) => e.turn === last),
      this.human,
    );
  }

  visibleLog(): LogEntry[] {
    return logFor(this.log, this.human);
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
    const odds = order.kind === 'attack' ? explainAttack(this.state, actor, order).chancePct : null;
    this.pending.push({ actor, order, text: describeOrder(order, this.state), title: orderTitle(order, this.state).title, odds });
    return { ok: true };
  }

  removeOrder(index: number): void {
    this.pending.splice(index, 1);
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

  /** Resolves the turn: the computer actors decide, the engine resolves, the replay records. */
  endTurn(): Outcome<{ log: LogEntry[] }> {
    if (this.state.ended) return { ok: false, message: 'The game is over.' };
    const orders: Record<ActorId, Order[]> = computerOrders(this.state, [this.human], this.config.difficulty);
    for (const a of this.commanded()) orders[a] = this.ordersOf(a);
    const res = resolveTurn(this.state, orders);
    if (!res.ok) return { ok: false, message: res.message };
    this.replay = recordTurn(this.replay, orders, res.state);
    this.state = res.state;
    this.log.push(...res.log);
    this.pending = [];
    return { ok: true, log: logFor(res.log, this.human) };
  }
}
