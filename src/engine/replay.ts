// Replays: the scenario, the seed and every turn's orders, with the state hash after each turn.
import { hashData } from './hash';
import { newGame } from './state';
import { hashState } from './state-hash';
import { resolveTurn } from './turn';
import type { GameState, OrdersByActor, Result } from './types';
import { ENGINE_VERSION } from './version';
import type { Scenario } from '../scenario/types';

export const REPLAY_FORMAT = 'karabakh-replay';

export interface ReplayTurn {
  readonly orders: OrdersByActor;
  readonly hash: string;
}

export interface Replay {
  readonly format: typeof REPLAY_FORMAT;
  readonly engineVersion: string;
  readonly scenarioId: string;
  readonly scenarioHash: string;
  readonly variant: string | null;
  readonly seed: string;
  /** Hash of the opening state. */
  readonly startHash: string;
  readonly turns: readonly ReplayTurn[];
}

export type VerifyResult =
  | { readonly ok: true; readonly finalHash: string; readonly turns: number }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly firstDivergingTurn: number | null; readonly expected: string | null; readonly actual: string | null };

export function newReplay(start: GameState): Replay {
  return {
    format: REPLAY_FORMAT,
    engineVersion: ENGINE_VERSION,
    scenarioId: start.scenarioId,
    scenarioHash: start.scenarioHash,
    variant: start.variant,
    seed: start.seed,
    startHash: hashState(start),
    turns: [],
  };
}

export function recordTurn(replay: Replay, orders: OrdersByActor, after: GameState): Replay {
  return { ...replay, turns: [...replay.turns, { orders, hash: hashState(after) }] };
}

const HEX16 = /^[0-9a-f]{16}$/;

/** Check that an unknown value (a parsed file) is a replay, saying what is wrong and where. */
export function parseReplay(json: unknown): Result<{ replay: Replay }> {
  const bad = (message: string): Result<{ replay: Replay }> => ({ ok: false, code: 'ERR_NOT_A_REPLAY', message });
  if (!json || typeof json !== 'object' || Array.isArray(json)) return bad('A replay is a JSON object; this is not one.');
  const r = json as Record<string, unknown>;
  if (r.format !== REPLAY_FORMAT) return bad(`$.format must be "${REPLAY_FORMAT}" (found ${JSON.stringify(r.format)}).`);
  for (const k of ['engineVersion', 'scenarioId', 'scenarioHash', 'seed', 'startHash'] as const) {
    if (typeof r[k] !== 'string') return bad(`$.${k} must be a string.`);
  }
  if (r.variant !== null && typeof r.variant !== 'string') return bad('$.variant must be a string or null.');
  if (!Array.isArray(r.turns)) return bad('$.turns must be a list.');
  for (let i = 0; i < r.turns.length; i++) {
    const t = r.turns[i] as Record<string, unknown>;
    if (!t || typeof t !== 'object') return bad(`$.turns[${i}] must be an object.`);
    if (typeof t.hash !== 'string' || !HEX16.test(t.hash)) return bad(`$.turns[${i}].hash must be 16 hex digits.`);
    if (!t.orders || typeof t.orders !== 'object' || Array.isArray(t.orders)) return bad(`$.turns[${i}].orders must be an object of actor → orders.`);
    for (const [actor, list] of Object.entries(t.orders as Record<string, unknown>)) {
      if (!Array.isArray(list)) return bad(`$.turns[${i}].orders.${actor} must be a list.`);
    }
  }
  return { ok: true, replay: json as Replay };
}

/**
 * Replay every turn through resolveTurn, the engine's one way to play a turn, and compare each
 * state hash with the record: a replay verifies exactly when playing it does.
 */
export function verifyReplay(replay: Replay, scenario: Scenario): VerifyResult {
  const fail = (code: string, message: string, turn: number | null = null, expected: string | null = null, actual: string | null = null): VerifyResult => ({ ok: false, code, message, firstDivergingTurn: turn, expected, actual });
  if (replay.engineVersion !== ENGINE_VERSION) return fail('ERR_ENGINE_VERSION', `The replay was made with engine ${replay.engineVersion}; this is engine ${ENGINE_VERSION}.`);
  if (replay.scenarioId !== scenario.id) return fail('ERR_SCENARIO', `The replay is of scenario "${replay.scenarioId}", not "${scenario.id}".`);
  if (replay.scenarioHash !== hashData(scenario)) return fail('ERR_SCENARIO_CHANGED', `Scenario "${scenario.id}" has changed since the replay was made (hash ${replay.scenarioHash}, now ${hashData(scenario)}).`);
  const start = newGame(scenario, replay.seed, { variant: replay.variant });
  if (!start.ok) return fail(start.code, start.message);
  let state = start.state;
  const startHash = hashState(state);
  if (startHash !== replay.startHash) return fail('ERR_DIVERGED', 'The opening state differs.', 0, replay.startHash, startHash);
  for (let i = 0; i < replay.turns.length; i++) {
    const turn = replay.turns[i];
    const res = resolveTurn(state, turn.orders);
    if (!res.ok) return fail(res.code, `Turn ${i + 1}: ${res.message}`, i + 1, turn.hash, null);
    state = res.state;
    const actual = hashState(state);
    if (actual !== turn.hash) return fail('ERR_DIVERGED', `Turn ${i + 1} ends in a different state than recorded.`, i + 1, turn.hash, actual);
  }
  return { ok: true, finalHash: hashState(state), turns: replay.turns.length };
}
