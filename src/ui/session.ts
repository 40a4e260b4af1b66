// One game as the browser plays it: the engine state, the replay, the human's pending
// orders and the log so far. No Phaser and no DOM here, so it runs (and is tested) in Node.
import { freeze } from 'immer';
import {
  ENGINE_VERSION,
  hashState,
  logFor,
  newGame,
  newReplay,
  recordTurn,
  resolveTurn,
  viewFor,
  type ActorId,
  type GameState,
  type LogEntry,
  type Order,
  type Replay,
  type View,
} from '../engine';
import type { Scenario } from '../scenario/types';
import { computerOrders, type Difficulty } from './computer';
import { Play, type Outcome } from './play';

export { orderRegion, orderTarget, type OrderOption, type Outcome, type PendingOrder } from './play';

export interface SessionConfig {
  readonly scenarioId: string;
  readonly seed: string;
  readonly human: ActorId;
  readonly difficulty: Difficulty;
  readonly variant: string | null;
}

export interface SavedGame {
  readonly format: 'karabakh-save';
  readonly config: SessionConfig;
  readonly state: GameState;
  readonly replay: Replay;
  readonly log: readonly LogEntry[];
}

export class GameSession extends Play {
  state: GameState;
  replay: Replay;
  /** Every entry of every resolved turn, in order. */
  log: LogEntry[];

  private constructor(
    scenario: Scenario,
    readonly config: SessionConfig,
    state: GameState,
    replay: Replay,
    log: LogEntry[],
  ) {
    super(scenario);
    this.state = state;
    this.replay = replay;
    this.log = log;
  }
  static start(scenario: Scenario, config: SessionConfig): Outcome<{ session: GameSession }> {
    const made = newGame(scenario, config.seed, { variant: config.variant });
    if (!made.ok) return { ok: false, message: made.message };
    if (!made.state.actors[config.human]) return { ok: false, message: `"${config.human}" is not an actor in ${scenario.id}.` };
    return { ok: true, session: new GameSession(scenario, config, made.state, newReplay(made.state), []) };
  }

  /** Plays a replay's recorded orders through to its end; fails if a turn's hash differs. */
  static fromReplay(scenario: Scenario, replay: Replay, config: SessionConfig): Outcome<{ session: GameSession }> {
    const made = GameSession.start(scenario, config);
    if (!made.ok) return made;
    const s = made.session;
    for (let i = 0; i < replay.turns.length; i++) {
      const t = replay.turns[i];
      const res = resolveTurn(s.state, t.orders);
      if (!res.ok) return { ok: false, message: `Turn ${i + 1} of the replay cannot be played: ${res.message}` };
      if (hashState(res.state) !== t.hash) return { ok: false, message: `Turn ${i + 1} of the replay gives a different state than recorded (another engine version?).` };
      s.replay = recordTurn(s.replay, t.orders, res.state);
      s.state = res.state;
      s.log.push(...res.log);
    }
    return { ok: true, session: s };
  }

  /**
   * A saved game back in play, after checking it: made by this engine version, whole, and
   * unaltered (its state must hash to the last hash its own replay recorded). A save from
   * another version or a damaged one is refused with the reason, never half-loaded.
   */
  static restore(scenario: Scenario, saved: SavedGame): Outcome<{ session: GameSession }> {
    const bad = (why: string): Outcome<{ session: GameSession }> => ({ ok: false, message: why });
    if (!saved || typeof saved !== 'object') return bad('The save is empty or not a saved game.');
    const { state, replay, config, log } = saved;
    if (!config || typeof config.human !== 'string') return bad('The save is damaged: it does not say which actor you play (config.human).');
    if (!state || typeof state !== 'object' || state.format !== 'karabakh-state') return bad('The save is damaged: it holds no game state (state.format is not "karabakh-state").');
    if (!replay || typeof replay !== 'object' || !Array.isArray(replay.turns)) return bad('The save is damaged: its replay (replay.turns) is missing.');
    if (!Array.isArray(log)) return bad('The save is damaged: its log is missing.');
    if (state.engineVersion !== ENGINE_VERSION || replay.engineVersion !== ENGINE_VERSION) {
      return bad(`This game was saved by engine ${String(state.engineVersion)}; this build plays engine ${ENGINE_VERSION}, whose rules differ, so it cannot be continued here. Start a new game.`);
    }
    if (state.scenarioId !== scenario.id) return bad(`The save's state is for scenario "${String(state.scenarioId)}", not "${scenario.id}".`);
    if (!state.actors || typeof state.actors !== 'object' || !Object.prototype.hasOwnProperty.call(state.actors, config.human)) return bad(`The save is damaged: its state has no actor "${config.human}".`);
    const expected = replay.turns.length > 0 ? replay.turns[replay.turns.length - 1].hash : replay.startHash;
    let actual: string;
    try {
      actual = hashState(state);
    } catch (e) {
      return bad(`The save is damaged: ${(e as Error).message}`);
    }
    if (actual !== expected) return bad(`The save is damaged or was edited: its state hashes to ${actual}, but its replay recorded ${expected} after turn ${replay.turns.length}.`);
    return { ok: true, session: new GameSession(scenario, config, freeze(state, true), replay, [...log]) };
  }

  save(): SavedGame {
    return { format: 'karabakh-save', config: this.config, state: this.state, replay: this.replay, log: this.log };
  }

  get human(): ActorId {
    return this.config.human;
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

  /** Resolves the turn: the computer actors decide, the engine resolves, the replay records. */
  endTurn(): Outcome<{ log: LogEntry[] }> {
    if (this.state.ended) return { ok: false, message: 'The game is over.' };
    const orders: Record<ActorId, readonly Order[]> = { ...computerOrders(this.state, [this.human], this.config.difficulty), ...this.orders() };
    const res = resolveTurn(this.state, orders);
    if (!res.ok) return { ok: false, message: res.message };
    this.replay = recordTurn(this.replay, orders, res.state);
    this.state = res.state;
    this.log.push(...res.log);
    this.pending = [];
    return { ok: true, log: logFor(res.log, this.human) };
  }
}
