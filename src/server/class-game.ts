// One class's game as the server holds it: the engine state, the replay, the whole log and the
// teams' submitted orders for the open turn. No I/O here: the room writes to the store, then
// commits what this computed.
import { ordersForAll } from '../ai';
import {
  hashState,
  newGame,
  newReplay,
  recordTurn,
  resolveTurn,
  validateOrders,
  type ActorId,
  type GameState,
  type LogEntry,
  type Order,
  type OrdersByActor,
  type Replay,
  type Result,
  type TurnInputs,
} from '../engine';
import { scenarioOf, type ClassConfig } from './class-config';
import type { SubmittedOrders, TurnRecord } from './store/store';

/** A turn resolved but not yet committed: the room stores it first. */
export interface ResolvedTurn {
  readonly turn: number;
  readonly orders: OrdersByActor;
  readonly state: GameState;
  readonly log: readonly LogEntry[];
  readonly hash: string;
  /** The facilitator's injects and overrides it was resolved with. */
  readonly inputs: TurnInputs;
}

/**
 * One actor's orders checked by the engine. validateOrders may hand back the orders rebuilt from
 * their known fields (strict input); those are the ones kept.
 */
function checkedOrders(state: GameState, actor: ActorId, list: readonly Order[]): Result<{ orders: Order[] }> {
  const check = validateOrders(state, actor, list);
  if (!check.ok) return check;
  const rebuilt = (check as { orders?: readonly Order[] }).orders;
  return { ok: true, orders: [...(rebuilt ?? list)] };
}

export class ClassGame {
  private readonly submitted = new Map<ActorId, OrdersByActor>();
  private turnLog: readonly LogEntry[] = [];

  private constructor(
    readonly config: ClassConfig,
    public state: GameState,
    public replay: Replay,
    /** Every entry of every resolved turn. */
    readonly log: LogEntry[],
  ) {}

  static start(config: ClassConfig): Result<{ game: ClassGame }> {
    const scenario = scenarioOf(config.scenarioId);
    if (!scenario) return { ok: false, code: 'ERR_UNKNOWN_SCENARIO', message: `This server has no scenario "${config.scenarioId}".` };
    const made = newGame(scenario, config.seed, { variant: config.variant });
    if (!made.ok) return made;
    return { ok: true, game: new ClassGame(config, made.state, newReplay(made.state), []) };
  }

  /**
   * A class's game rebuilt from its seed and stored turns, each turn's hash checked against the
   * stored one; then the open turn's stored submissions, checked again.
   */
  static rebuild(config: ClassConfig, turns: readonly TurnRecord[], open: readonly SubmittedOrders[], inputsOf: (turn: number) => TurnInputs = () => ({})): Result<{ game: ClassGame }> {
    const started = ClassGame.start(config);
    if (!started.ok) return started;
    const game = started.game;
    for (let i = 0; i < turns.length; i++) {
      const t = turns[i];
      if (t.turn !== i) return { ok: false, code: 'ERR_CLASS_DAMAGED', message: `The stored turns skip from ${i} to ${t.turn}.` };
      const inputs = inputsOf(i);
      const res = resolveTurn(game.state, t.orders, inputs);
      if (!res.ok) return { ok: false, code: 'ERR_CLASS_DAMAGED', message: `Stored turn ${i + 1} no longer plays: ${res.message}` };
      const hash = hashState(res.state);
      if (hash !== t.hash) return { ok: false, code: 'ERR_CLASS_DIVERGED', message: `Stored turn ${i + 1} ends in state ${hash}, not the recorded ${t.hash} (another engine version?).` };
      game.commit({ turn: i, orders: t.orders, state: res.state, log: res.log, hash, inputs });
    }
    for (const s of open) {
      if (s.turn !== game.turn) continue;
      const check = game.checkOrders(s.actor, s.orders);
      if (!check.ok) return { ok: false, code: 'ERR_CLASS_DAMAGED', message: `The stored orders of ${s.actor} are refused: ${check.message}` };
      game.submit(s.actor, check.orders);
    }
    return { ok: true, game };
  }

  get turn(): number {
    return this.state.turn;
  }

  get ended(): boolean {
    return this.state.ended !== null;
  }

  hash(): string {
    return this.replay.turns.length > 0 ? this.replay.turns[this.replay.turns.length - 1].hash : this.replay.startHash;
  }

  /** A team's actor and the actors it gives orders for (Armenia's team gives Artsakh's). */
  commanded(actor: ActorId): ActorId[] {
    return [actor, ...this.state.actorOrder.filter((a) => a !== actor && this.state.actors[a].commandedBy === actor)];
  }

  /**
   * A team's orders (actor → list), each list checked by the engine against the open turn.
   * Keys are limited to the actors the team commands; a missing one holds.
   */
  checkOrders(actor: ActorId, payload: unknown): Result<{ orders: OrdersByActor }> {
    if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return { ok: false, code: 'ERR_BAD_ORDERS', message: 'Orders must be an object: actor id → list of orders.' };
    const commanded = this.commanded(actor);
    const given = payload as Record<string, unknown>;
    for (const key of Object.keys(given)) {
      if (!commanded.includes(key)) return { ok: false, code: 'ERR_NOT_YOUR_ACTOR', message: `Your team gives orders for ${commanded.join(' and ')}, not for "${key.slice(0, 40)}".` };
    }
    const orders: Record<ActorId, Order[]> = {};
    for (const a of commanded) {
      const list = given[a] ?? [];
      if (!Array.isArray(list)) return { ok: false, code: 'ERR_BAD_ORDERS', message: `The orders for ${a} must be a list.` };
      const check = checkedOrders(this.state, a, list as Order[]);
      if (!check.ok) return check;
      orders[a] = check.orders;
    }
    return { ok: true, orders };
  }

  submit(actor: ActorId, orders: OrdersByActor): void {
    this.submitted.set(actor, orders);
  }

  submissions(): ReadonlyMap<ActorId, OrdersByActor> {
    return this.submitted;
  }

  /**
   * Every team's orders (a team that did not submit holds) and the computer actors' choices,
   * those of the teams the facilitator handed to the computer included.
   */
  private turnOrders(computer: ReadonlySet<ActorId>): OrdersByActor {
    const { difficulty } = this.config;
    const teams = this.config.teamActors.filter((a) => !computer.has(a));
    const orders: Record<ActorId, readonly Order[]> = { ...ordersForAll(this.state, { difficulty }, teams) };
    for (const team of teams) {
      const given = this.submitted.get(team);
      for (const a of this.commanded(team)) orders[a] = given?.[a] ?? [];
    }
    return orders;
  }

  /** The open turn resolved with the facilitator's inputs, not yet committed. */
  resolve(inputs: TurnInputs = {}, computer: ReadonlySet<ActorId> = new Set()): Result<ResolvedTurn> {
    const orders = this.turnOrders(computer);
    const res = resolveTurn(this.state, orders, inputs);
    if (!res.ok) return res;
    return { ok: true, turn: this.state.turn, orders, state: res.state, log: res.log, hash: hashState(res.state), inputs };
  }

  commit(t: ResolvedTurn): void {
    this.replay = recordTurn(this.replay, t.orders, t.state, t.inputs);
    this.state = t.state;
    for (const e of t.log) this.log.push(e);
    this.turnLog = t.log;
    this.submitted.clear();
  }

  /** The entries of the turn resolved last. */
  lastTurnLog(): readonly LogEntry[] {
    return this.turnLog;
  }
}
