// A board's game rebuilt from its replay: the engine checks the replay (playReplay) and hands
// over the state after each turn and each turn's log as it goes, so the game is played once.
import { playReplay, resolveTurn, type GameState, type LogEntry, type OrdersByActor, type Replay, type Result, type TurnInputs } from '../engine';
import type { Scenario } from '../scenario/types';

export interface PlayedWorld {
  readonly scenario: Scenario;
  readonly replay: Replay;
  /** states[0] is the opening; states[t + 1] the state after turn t. */
  readonly states: readonly GameState[];
  /** logs[t]: what turn t's resolution wrote. */
  readonly logs: readonly (readonly LogEntry[])[];
}

/**
 * resolveTurn with the turn's facilitator inputs (injects, overrides). An engine that does not
 * play inputs yet takes the orders alone; the replay's hashes then say whether that was right.
 */
const resolve: (state: GameState, orders: OrdersByActor, inputs?: TurnInputs) => Result<{ state: GameState; log: LogEntry[] }> = resolveTurn;

/** One turn played from a state with these orders and inputs. */
export function playTurn(state: GameState, orders: OrdersByActor, inputs?: TurnInputs): Result<{ state: GameState; log: LogEntry[] }> {
  return resolve(state, orders, inputs);
}

export function playWorld(replay: Replay, scenario: Scenario): Result<{ world: PlayedWorld }> {
  const states: GameState[] = [];
  const logs: (readonly LogEntry[])[] = [];
  const checked = playReplay(replay, scenario, (state, log) => {
    // The opening state comes with no log; each turn's state with the turn's log.
    if (states.length > 0) logs.push(log);
    states.push(state);
  });
  if (!checked.ok) return { ok: false, code: checked.code, message: checked.message };
  return { ok: true, world: { scenario, replay, states, logs } };
}

/** The last state of a played world. */
export function finalState(world: PlayedWorld): GameState {
  return world.states[world.states.length - 1];
}
