// One game as the browser plays it: the engine state, the replay, the human's pending
// orders and the log so far; in hot seat, several human teams drafting in turn (hotseat.ts).
// No Phaser and no DOM here, so it runs (and is tested) in Node.
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
import { checkHotSeat, HotSeat } from './hotseat';
import { Play, type Outcome } from './play';

export type { Outcome } from './play';

export interface SessionConfig {
  readonly scenarioId: string;
  readonly seed: string;
  readonly human: ActorId;
  readonly difficulty: Difficulty;
  readonly variant: string | null;
  /** Hot seat: the human actors in turn order (`human` is the first); absent when one human plays. */
  readonly humans?: readonly ActorId[];
}

export class GameSession extends Play {
  state: GameState;
  replay: Replay;
  /** Every entry of every resolved turn, in order. */
  log: LogEntry[];
  /** The teams of a hot-seat game, or null when one human plays. */
  hotseat: HotSeat | null;
  /** Called after the pending orders changed (a hot-seat game autosaves its drafts). */
  onOrders: (() => void) | null = null;

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
    this.hotseat = config.humans ? new HotSeat(config.humans) : null;
  }
  static start(scenario: Scenario, config: SessionConfig): Outcome<{ session: GameSession }> {
    const made = newGame(scenario, config.seed, { variant: config.variant });
    if (!made.ok) return { ok: false, message: made.message };
    if (!Object.hasOwn(made.state.actors, config.human)) return { ok: false, message: `"${config.human}" is not an actor in ${scenario.id}.` };
    if (config.humans) {
      const teams = checkHotSeat(scenario, config.humans);
      if (!teams.ok) return teams;
      config = { ...config, human: teams.humans[0], humans: teams.humans };
    }
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

  /** The actor whose orders are given now: the player's, or in hot seat the drafting team's. */
  get human(): ActorId {
    return this.hotseat ? this.hotseat.drafting : this.config.human;
  }

  /** Every human actor: the player's, or the hot-seat teams' in turn order. */
  get humans(): readonly ActorId[] {
    return this.config.humans ?? [this.config.human];
  }

  protected override ordersChanged(): void {
    if (this.hotseat) this.hotseat.drafts[this.human] = this.orders();
    this.onOrders?.();
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

  /** What every human actor may read, in the order it happened (the debrief of a hot-seat game). */
  humansLog(): LogEntry[] {
    const seen = new Set(this.humans.flatMap((a) => logFor(this.log, a)));
    return this.log.filter((e) => seen.has(e));
  }

  /** Resolves the turn: the computer actors decide, the engine resolves, the replay records. */
  endTurn(): Outcome<{ log: LogEntry[] }> {
    if (this.hotseat) return { ok: false, message: 'In hot seat each team submits its orders in turn (submit).' };
    return this.resolve(this.orders());
  }

  /**
   * Hot seat: the drafting team's orders are in. The next team drafts after the hand-over screen,
   * or, after the last team, the turn resolves with every team's orders together.
   */
  submit(): Outcome<{ resolved: boolean }> {
    const hs = this.hotseat;
    if (!hs) return { ok: false, message: 'Only a hot-seat game submits team by team.' };
    if (hs.handover) return { ok: false, message: 'The hand-over screen shows: no team is drafting.' };
    if (this.state.ended) return { ok: false, message: 'The game is over.' };
    hs.drafts[this.human] = this.orders();
    if (!hs.last) {
      hs.pass();
      this.pending = [];
      return { ok: true, resolved: false };
    }
    const before = this.state;
    const res = this.resolve(hs.allOrders());
    if (!res.ok) return res;
    hs.resolved(before);
    return { ok: true, resolved: true };
  }

  /**
   * Hot seat: the drafting team is ready (the hand-over screen goes): its drafts come back, and if it
   * has not yet seen the last turn played back, the view to play it from and what it may read of it.
   */
  takeSeat(): { before: View; log: LogEntry[] } | null {
    const hs = this.hotseat;
    if (!hs) return null;
    const before = hs.takeSeat();
    this.setOrders(hs.drafts[this.human] ?? {});
    return before ? { before: viewFor(before, this.human), log: this.lastTurnLog() } : null;
  }

  private resolve(humanOrders: Record<ActorId, readonly Order[]>): Outcome<{ log: LogEntry[] }> {
    if (this.state.ended) return { ok: false, message: 'The game is over.' };
    const orders: Record<ActorId, readonly Order[]> = { ...computerOrders(this.state, this.humans, this.config.difficulty), ...humanOrders };
    const res = resolveTurn(this.state, orders);
    if (!res.ok) return { ok: false, message: res.message };
    this.replay = recordTurn(this.replay, orders, res.state);
    this.state = res.state;
    this.log.push(...res.log);
    this.pending = [];
    return { ok: true, log: logFor(res.log, this.human) };
  }
}
