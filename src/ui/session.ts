// One game as the browser plays it: the engine state, the replay, the human's pending
// orders and the log so far. No Phaser and no DOM here, so it runs (and is tested) in Node.
import {
  logFor,
  newGame,
  newReplay,
  recordTurn,
  resolveTurn,
  playReplay,
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

export type { Outcome } from './play';

export interface SessionConfig {
  readonly scenarioId: string;
  readonly seed: string;
  readonly human: ActorId;
  readonly difficulty: Difficulty;
  readonly variant: string | null;
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
    if (!Object.hasOwn(made.state.actors, config.human)) return { ok: false, message: `"${config.human}" is not an actor in ${scenario.id}.` };
    return { ok: true, session: new GameSession(scenario, config, made.state, newReplay(made.state), []) };
  }

  /**
   * A game rebuilt from its replay: the engine plays it from the seed through resolveTurn
   * (playReplay: engine version, scenario, opening state, every turn's orders and hash checked),
   * so the state and the log come from the engine, never from a file. Refused with the engine's
   * message (naming the turn) when the replay does not verify.
   */
  static rebuild(scenario: Scenario, replay: Replay, config: SessionConfig): Outcome<{ session: GameSession }> {
    const made = GameSession.start(scenario, config);
    if (!made.ok) return made;
    const s = made.session;
    const played = playReplay(replay, scenario);
    if (!played.ok) return { ok: false, message: played.message };
    if (s.replay.startHash !== replay.startHash) return { ok: false, message: 'The replay starts from another opening position (its seed or variant differs).' };
    s.replay = replay;
    s.state = played.state;
    s.log.push(...played.log);
    return { ok: true, session: s };
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
