// One class's game as the server holds it: the engine state, the replay, the whole log and the
// teams' submitted orders for the open turn. No I/O here: the room writes to the store, then
// commits what this computed.
import { freeze } from 'immer';
import { createHash } from 'node:crypto';
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
import type { SubmittedOrders, TurnRecord, TurnResult } from './store/store';

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
 * A stored state's seal: the SHA-256 of the state's hash (as the turn records it) and its JSON,
 * on a line before the JSON. A state whose JSON and recorded hash still match their seal is the
 * state that hash was taken of; checking the seal costs a resuming server a fraction of hashing
 * the state anew (hashState walked every field of the bench's 100 states: about two fifths of
 * restoring them).
 */
const SEAL = 'sha256:';
const sealOf = (hash: string, json: string): string => createHash('sha256').update(hash).update('\n').update(json).digest('hex');

/** What the store keeps of a resolved turn, so that the class resumes from it (ClassGame.restore). */
export function turnResult(t: ResolvedTurn): { log: string; state: string } {
  const json = JSON.stringify(t.state);
  return { log: JSON.stringify(t.log), state: `${SEAL}${sealOf(t.hash, json)}\n${json}` };
}

/**
 * The JSON of a stored state, its seal checked against it and the hash recorded for its turn;
 * null if it has a seal that does not match (a state stored before seals has none).
 */
function unsealed(text: string, recorded: string): { json: string; sealed: boolean } | null {
  if (!text.startsWith(SEAL)) return { json: text, sealed: false };
  const line = text.indexOf('\n');
  const json = text.slice(line + 1);
  return line > 0 && text.slice(SEAL.length, line) === sealOf(recorded, json) ? { json, sealed: true } : null;
}

/** A class's state and whole log from its stored turn results, or why they cannot be trusted. */
function fromResults(turns: readonly TurnRecord[], results: readonly TurnResult[]): { state: GameState; logs: LogEntry[][] } | string {
  if (results.length !== turns.length) return `${turns.length} turns are stored but ${results.length} results`;
  const logs: LogEntry[][] = [];
  for (let i = 0; i < results.length; i++) {
    let log: unknown;
    try {
      log = JSON.parse(results[i].log);
    } catch {
      return `the log of turn ${i + 1} is not JSON`;
    }
    if (results[i].turn !== i || !Array.isArray(log) || !log.every((e: { turn?: unknown } | null) => e?.turn === i)) return `the stored log of turn ${i + 1} is not that turn's`;
    logs.push(log as LogEntry[]);
  }
  const text = results[results.length - 1].state;
  if (text === null) return `no state is stored after turn ${turns.length}`;
  const recorded = turns[turns.length - 1].hash;
  const stored = unsealed(text, recorded);
  if (!stored) return `the state stored after turn ${turns.length} is damaged, or is not the one of its recorded hash: its seal (SHA-256) does not match`;
  let state: GameState;
  try {
    state = JSON.parse(stored.json) as GameState;
  } catch {
    return `the state stored after turn ${turns.length} is not JSON`;
  }
  if (!stored.sealed) {
    // Stored before seals: checked by its hash, taken before it is frozen (the hash keeps a
    // digest of every frozen object it meets, which costs more than it saves here).
    const hash = hashState(state);
    if (hash !== recorded) return `the state stored after turn ${turns.length} hashes to ${hash}, not the recorded ${recorded}`;
  }
  // Frozen, as resolveTurn leaves a state: nothing may change it in place.
  freeze(state, true);
  return { state, logs };
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

function opening(config: ClassConfig): Result<{ state: GameState }> {
  const scenario = scenarioOf(config.scenarioId);
  if (!scenario) return { ok: false, code: 'ERR_UNKNOWN_SCENARIO', message: `This server has no scenario "${config.scenarioId}".` };
  return newGame(scenario, config.seed, { variant: config.variant });
}

export class ClassGame {
  private readonly submitted = new Map<ActorId, OrdersByActor>();
  private turnLog: readonly LogEntry[] = [];

  private constructor(
    readonly config: ClassConfig,
    public state: GameState,
    /** The replay so far, or (for a class restored from its stored state) how to make it when first asked for. */
    private recorded: Replay | (() => Replay),
    /** hashState(state). */
    private stateHash: string,
    /** Every entry of every resolved turn. */
    readonly log: LogEntry[],
  ) {}

  static start(config: ClassConfig): Result<{ game: ClassGame }> {
    const made = opening(config);
    if (!made.ok) return made;
    const replay = newReplay(made.state);
    return { ok: true, game: new ClassGame(config, made.state, replay, replay.startHash, []) };
  }

  /**
   * A class's game as it was stored: from the state kept after its last turn when that state's
   * hash is the one recorded for the turn (and every turn's log is there), else rebuilt by
   * replaying the turns. `replayed` says why the stored state was not used (null when it was, or
   * when there were no turns), for the server to report.
   */
  static restore(config: ClassConfig, turns: readonly TurnRecord[], results: readonly TurnResult[], open: readonly SubmittedOrders[], inputsOf: (turn: number) => TurnInputs = () => ({})): Result<{ game: ClassGame; replayed: string | null }> {
    const kept = turns.length === 0 ? null : fromResults(turns, results);
    if (kept === null || typeof kept === 'string') {
      const rebuilt = ClassGame.rebuild(config, turns, open, inputsOf);
      return rebuilt.ok ? { ok: true, game: rebuilt.game, replayed: kept } : rebuilt;
    }
    if (!scenarioOf(config.scenarioId)) return { ok: false, code: 'ERR_UNKNOWN_SCENARIO', message: `This server has no scenario "${config.scenarioId}".` };
    for (let i = 0; i < turns.length; i++) {
      if (turns[i].turn !== i) return { ok: false, code: 'ERR_CLASS_DAMAGED', message: `The stored turns skip from ${i} to ${turns[i].turn}.` };
    }
    // The opening state is needed only for the replay's start hash: made when the replay is asked for.
    const replay = (): Replay => {
      const made = opening(config);
      if (!made.ok) throw new Error(`class game: the opening of a stored class no longer plays: ${made.message}`);
      return {
        ...newReplay(made.state),
        turns: turns.map((t) => {
          const inputs = inputsOf(t.turn);
          const some = (inputs.injects?.length ?? 0) + (inputs.overrides?.length ?? 0) > 0;
          return some ? { orders: t.orders, inputs, hash: t.hash } : { orders: t.orders, hash: t.hash };
        }),
      };
    };
    const game = new ClassGame(config, kept.state, replay, turns[turns.length - 1].hash, kept.logs.flat());
    game.turnLog = kept.logs[kept.logs.length - 1];
    const submitted = game.submitStored(open);
    return submitted.ok ? { ok: true, game, replayed: null } : submitted;
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
    const submitted = game.submitStored(open);
    return submitted.ok ? { ok: true, game } : submitted;
  }

  /** The open turn's stored submissions, checked again against the state. */
  private submitStored(open: readonly SubmittedOrders[]): Result<object> {
    for (const s of open) {
      if (s.turn !== this.turn) continue;
      const check = this.checkOrders(s.actor, s.orders);
      if (!check.ok) return { ok: false, code: 'ERR_CLASS_DAMAGED', message: `The stored orders of ${s.actor} are refused: ${check.message}` };
      this.submit(s.actor, check.orders);
    }
    return { ok: true };
  }

  get replay(): Replay {
    if (typeof this.recorded === 'function') this.recorded = this.recorded();
    return this.recorded;
  }

  get turn(): number {
    return this.state.turn;
  }

  get ended(): boolean {
    return this.state.ended !== null;
  }

  hash(): string {
    return this.stateHash;
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
    this.recorded = recordTurn(this.replay, t.orders, t.state, t.inputs);
    this.stateHash = t.hash;
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
