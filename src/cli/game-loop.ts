// Play a whole game with every actor run by the computer: the one loop behind sim, batch and bench.
import { decideAll, type Difficulty } from '../ai';
import { type ActorId, newGame, newReplay, recordTurn, resolveTurn, type GameState, type LogEntry, type OrdersByActor, type Replay } from '../engine';
import { playOn } from '../analysis/continuations';
import type { Scenario } from '../scenario';

export interface PlayOptions {
  readonly variant?: string | null;
  /** Stop after this many turns even if the game has not ended. */
  readonly turns?: number;
  readonly difficulty?: Difficulty;
  /** Actors that give no orders at all (--idle): the game goes on around them. */
  readonly idle?: readonly ActorId[];
  /** Build a replay (hashing every turn). */
  readonly record?: boolean;
  /** Keep the turn logs and the computer actors' reasons (sim's story); batch leaves this off. */
  readonly log?: boolean;
  /**
   * Advance each turn on a private mutable copy (playOn in src/analysis, simulateTurn) instead of through immer: for
   * batch, which keeps neither a log nor a replay, only the last state. It reaches the same states
   * (tests compare the hashes turn by turn and game by game); ignored when a replay or a log is
   * asked for, since those come from resolveTurn. Each new state's leaf records (influence,
   * relations, casualties, forces) are frozen (freezeRecords) so the views share them; its lists
   * and actor objects are not.
   */
  readonly mutable?: boolean;
}

export interface PlayedGame {
  readonly state: GameState;
  readonly replay?: Replay;
  readonly logs: LogEntry[];
}

export type PlayResult = { readonly ok: true; readonly game: PlayedGame } | { readonly ok: false; readonly message: string };

/** The default difficulty of computer-vs-computer games on the command line. */
export const DEFAULT_DIFFICULTY: Difficulty = 'normal';

export function playGame(scenario: Scenario, seed: string, options: PlayOptions = {}): PlayResult {
  const start = newGame(scenario, seed, { variant: options.variant ?? null });
  if (!start.ok) return { ok: false, message: start.message };
  const limit = options.turns ?? start.state.calendar.turns;
  const difficulty = options.difficulty ?? DEFAULT_DIFFICULTY;
  if (options.mutable === true && !options.record && !options.log) {
    const played = playOn(start.state, difficulty, limit, options.idle ?? []);
    return played.ok ? { ok: true, game: { state: played.state, logs: [] } } : { ok: false, message: played.message };
  }
  let state = start.state;
  let replay = options.record ? newReplay(state) : undefined;
  const logs: LogEntry[] = [];
  while (!state.ended && state.turn < limit) {
    const decisions = decideAll(state, { difficulty }, [], options.idle ?? []);
    const orders: OrdersByActor = {};
    for (const id of Object.keys(decisions)) orders[id] = decisions[id].orders;
    const res = resolveTurn(state, orders);
    if (!res.ok) return { ok: false, message: `turn ${state.turn + 1}: the engine refused the computer's orders: ${res.message}` };
    if (options.log) {
      for (const id of Object.keys(decisions)) {
        const reasons = decisions[id].reasons;
        if (reasons.length === 0) continue;
        logs.push({ kind: 'decision', actor: id, reasons, turn: state.turn, phase: 'orders', text: `${state.actors[id].name} decides: ${reasons.join('; ')}.`, cause: 'computer actor', visibleTo: [id] });
      }
      logs.push(...res.log);
    }
    if (replay) replay = recordTurn(replay, orders, res.state);
    state = res.state;
  }
  return { ok: true, game: { state, replay, logs } };
}
