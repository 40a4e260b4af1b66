// Replays: the scenario, the seed and every turn's orders, with the state hash after each turn.
import { hashData } from './hash';
import { noInputs, readInputs } from './inputs-check';
import { checkJsonShape, indexPath, keyPath, type JsonLimits } from './json-input';
import { newGame } from './state';
import { hashState } from './state-hash';
import { resolveTurn, resolveTurnQuiet } from './turn';
import type { TurnInputs } from './turn-inputs';
import type { GameState, LogEntry, Order, OrdersByActor, Result } from './types';
import { ENGINE_VERSION } from './version';
import type { Scenario } from '../scenario/types';

const REPLAY_FORMAT = 'karabakh-replay';

export interface ReplayTurn {
  readonly orders: OrdersByActor;
  /** The facilitator's injects and overrides of this turn; absent when there were none. */
  readonly inputs?: TurnInputs;
  readonly hash: string;
}

/**
 * Where a branch left its parent: a game played on from the parent's state after `week` turns
 * (its first `week` turns are the parent's), and the parent's final state hash when it branched.
 */
export interface ReplayBranch {
  readonly parent: string;
  readonly week: number;
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
  /** A branch of another game; absent for a game played from its start. */
  readonly branch?: ReplayBranch;
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

/**
 * The replay with one more turn. The facilitator's inputs are written only when the turn had
 * some, so a game without them keeps the bytes (and hashes) of a replay made before inputs existed.
 */
export function recordTurn(replay: Replay, orders: OrdersByActor, after: GameState, inputs?: TurnInputs): Replay {
  const turn: ReplayTurn = noInputs(inputs) ? { orders, hash: hashState(after) } : { orders, inputs, hash: hashState(after) };
  return { ...replay, turns: [...replay.turns, turn] };
}

/**
 * The limits of a replay file: 16 MB of text, nesting 64 deep, 1,000,000 values. A 28-turn game
 * of the long scenario makes a replay of about 35 kB and 1,500 values.
 */
export const REPLAY_LIMITS: JsonLimits = { maxBytes: 16 * 1024 * 1024, maxDepth: 64, maxValues: 1_000_000 };
/** The most turns in a replay (a scenario's calendar has at most 1000). */
const MAX_REPLAY_TURNS = 1000;
/** The most actors giving orders in one turn (a scenario has at most 40 actors). */
const MAX_ACTORS_PER_TURN = 40;
/** The most orders one actor gives in one turn (the computer actors give at most a handful). */
const MAX_ORDERS_PER_ACTOR = 64;
/** The longest seed: the command line refuses longer ones, so every replay it writes loads. */
export const MAX_SEED_LENGTH = 200;
/** The longest id of a scenario, variant or actor (the scenario schema's limit). */
const MAX_ID_LENGTH = 40;

const HEX16 = /^[0-9a-f]{16}$/;
const ACTOR_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every field of a replay and of a turn, and nothing else: unknown fields are refused. */
const REPLAY_FIELDS: Readonly<Record<Exclude<keyof Replay, 'branch'>, true>> = { format: true, engineVersion: true, scenarioId: true, scenarioHash: true, variant: true, seed: true, startHash: true, turns: true };
/** A replay's optional fields: present only when the replay has them. */
const OPTIONAL_REPLAY_FIELDS: Readonly<Record<'branch', true>> = { branch: true };
const BRANCH_FIELDS: Readonly<Record<keyof ReplayBranch, true>> = { parent: true, week: true };
const TURN_FIELDS: Readonly<Record<Exclude<keyof ReplayTurn, 'inputs'>, true>> = { orders: true, hash: true };
/** A turn's optional fields: present only when the turn has them. */
const OPTIONAL_TURN_FIELDS: Readonly<Record<'inputs', true>> = { inputs: true };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

class NotAReplay extends Error {}

function refuse(message: string): never {
  throw new NotAReplay(message);
}

function knownFields(record: Record<string, unknown>, fields: Readonly<Record<string, true>>, path: string, optional: Readonly<Record<string, true>> = {}): void {
  for (const key of Object.keys(record)) if (!Object.hasOwn(fields, key) && !Object.hasOwn(optional, key)) refuse(`${keyPath(path, key)} is not a field of a replay.`);
  for (const key of Object.keys(fields)) if (!Object.hasOwn(record, key)) refuse(`${path} has no ${key}.`);
}

function text(record: Record<string, unknown>, key: string, path: string, max: number): string {
  const v = record[key];
  if (typeof v !== 'string') refuse(`${keyPath(path, key)} must be a string.`);
  if (v.length > max) refuse(`${keyPath(path, key)} is longer than ${max} characters.`);
  return v;
}

function hash(record: Record<string, unknown>, key: string, path: string): string {
  const v = record[key];
  if (typeof v !== 'string' || !HEX16.test(v)) refuse(`${keyPath(path, key)} must be 16 hex digits.`);
  return v;
}

function turnOf(value: unknown, path: string): ReplayTurn {
  if (!isRecord(value)) refuse(`${path} must be an object.`);
  knownFields(value, TURN_FIELDS, path, OPTIONAL_TURN_FIELDS);
  const at = keyPath(path, 'orders');
  if (!isRecord(value.orders)) refuse(`${at} must be an object of actor → orders.`);
  const actors = Object.keys(value.orders);
  if (actors.length > MAX_ACTORS_PER_TURN) refuse(`${at} names ${actors.length} actors; at most ${MAX_ACTORS_PER_TURN} give orders in a turn.`);
  const orders: Record<string, readonly Order[]> = {};
  for (const actor of actors) {
    const where = keyPath(at, actor);
    if (actor.length > MAX_ID_LENGTH || !ACTOR_ID.test(actor)) refuse(`${where}: "${actor.slice(0, MAX_ID_LENGTH)}" is not an actor id.`);
    const list = value.orders[actor];
    if (!Array.isArray(list)) refuse(`${where} must be a list of orders.`);
    if (list.length > MAX_ORDERS_PER_ACTOR) refuse(`${where} has ${list.length} orders; at most ${MAX_ORDERS_PER_ACTOR} are allowed in a turn.`);
    list.forEach((order: unknown, i) => {
      if (!isRecord(order) || typeof order.kind !== 'string') refuse(`${indexPath(where, i)} must be an order (an object with a kind).`);
    });
    orders[actor] = [...(list as Order[])];
  }
  if (value.inputs === undefined) return { orders, hash: hash(value, 'hash', path) };
  const inputs = readInputs(value.inputs, keyPath(path, 'inputs'));
  if (!inputs.ok) refuse(inputs.message);
  if (noInputs(inputs.inputs)) refuse(`${keyPath(path, 'inputs')} is empty; a turn without injects or overrides has no inputs field.`);
  return { orders, inputs: inputs.inputs, hash: hash(value, 'hash', path) };
}

/** A branch's parent and week: the parent's hash, and a week within the replay's turns. */
function branchOf(value: unknown, turns: number): ReplayBranch {
  const path = '$.branch';
  if (!isRecord(value)) refuse(`${path} must be an object { parent, week }.`);
  knownFields(value, BRANCH_FIELDS, path);
  const parent = hash(value, 'parent', path);
  const week = value.week;
  if (typeof week !== 'number' || !Number.isInteger(week) || week < 0) refuse(`${path}.week must be a whole number of weeks, 0 or more.`);
  if (week > turns) refuse(`${path}.week is ${week}, but the replay has only ${turns} turns: a branch starts within its turns.`);
  return { parent, week };
}

/**
 * Check that an unknown value (a parsed file) is a replay: within REPLAY_LIMITS, every field
 * known and of its type, sizes bounded, ids own keys. The message names the path of the first
 * fault (`$.turns[3].orders.turkey[0]`). What comes back is rebuilt from the known fields only.
 * It checks the structure; the engine's order validation checks each order when it is played.
 */
export function parseReplay(json: unknown): Result<{ replay: Replay }> {
  const shape = checkJsonShape(json, REPLAY_LIMITS);
  if (!shape.ok) return { ok: false, code: 'ERR_NOT_A_REPLAY', message: `${shape.path}: ${shape.message}.` };
  try {
    if (!isRecord(json)) refuse('A replay is a JSON object; this is not one.');
    if (json.format !== REPLAY_FORMAT) refuse(`$.format must be "${REPLAY_FORMAT}" (found ${typeof json.format === 'string' ? JSON.stringify(json.format.slice(0, 40)) : typeof json.format}).`);
    knownFields(json, REPLAY_FIELDS, '$', OPTIONAL_REPLAY_FIELDS);
    const variant = json.variant === null ? null : text(json, 'variant', '$', MAX_ID_LENGTH);
    if (!Array.isArray(json.turns)) refuse('$.turns must be a list.');
    if (json.turns.length > MAX_REPLAY_TURNS) refuse(`$.turns has ${json.turns.length} turns; at most ${MAX_REPLAY_TURNS} are allowed.`);
    const replay: Replay = {
      format: REPLAY_FORMAT,
      engineVersion: text(json, 'engineVersion', '$', MAX_ID_LENGTH),
      scenarioId: text(json, 'scenarioId', '$', MAX_ID_LENGTH),
      scenarioHash: hash(json, 'scenarioHash', '$'),
      variant,
      seed: text(json, 'seed', '$', MAX_SEED_LENGTH),
      startHash: hash(json, 'startHash', '$'),
      turns: json.turns.map((t: unknown, i) => turnOf(t, indexPath('$.turns', i))),
    };
    if (json.branch === undefined) return { ok: true, replay };
    return { ok: true, replay: { ...replay, branch: branchOf(json.branch, replay.turns.length) } };
  } catch (e) {
    if (e instanceof NotAReplay) return { ok: false, code: 'ERR_NOT_A_REPLAY', message: e.message };
    throw e;
  }
}

/**
 * Replay every turn through resolveTurn, the engine's one way to play a turn, and compare each
 * state hash with the record: a replay verifies exactly when playing it does.
 */
/** A replay played to its end: the state and every turn's log entries, as resolveTurn made them. */
export type PlayedReplay =
  | { readonly ok: true; readonly state: GameState; readonly log: readonly LogEntry[]; readonly finalHash: string; readonly turns: number }
  | Extract<VerifyResult, { ok: false }>;

/**
 * Plays a replay through resolveTurn from its seed, checking the engine version, the scenario,
 * the opening state and every turn's orders and hash; hands back the game it reaches, so a caller
 * that continues the game (a save loaded in the browser) plays it once, not verifies then plays.
 * `onTurn` sees the opening state (with no log), then each turn's state and log as it verifies
 * (the replay theatre keeps every week's board this way).
 */
export function playReplay(replay: Replay, scenario: Scenario, onTurn?: (state: GameState, log: readonly LogEntry[]) => void): PlayedReplay {
  return walkReplay(replay, scenario, true, onTurn);
}

/** playReplay's checks and turns; without `keepLog`, each turn's log is quiet and none is kept (verifying reads only hashes). */
function walkReplay(replay: Replay, scenario: Scenario, keepLog: boolean, onTurn?: (state: GameState, log: readonly LogEntry[]) => void): PlayedReplay {
  const fail = (code: string, message: string, turn: number | null = null, expected: string | null = null, actual: string | null = null): PlayedReplay => ({ ok: false, code, message, firstDivergingTurn: turn, expected, actual });
  if (replay.engineVersion !== ENGINE_VERSION) return fail('ERR_ENGINE_VERSION', `The replay was made with engine ${replay.engineVersion}; this is engine ${ENGINE_VERSION}.`);
  if (replay.scenarioId !== scenario.id) return fail('ERR_SCENARIO', `The replay is of scenario "${replay.scenarioId}", not "${scenario.id}".`);
  if (replay.scenarioHash !== hashData(scenario)) return fail('ERR_SCENARIO_CHANGED', `Scenario "${scenario.id}" has changed since the replay was made (hash ${replay.scenarioHash}, now ${hashData(scenario)}).`);
  const start = newGame(scenario, replay.seed, { variant: replay.variant });
  if (!start.ok) return fail(start.code, start.message);
  let state = start.state;
  const log: LogEntry[] = [];
  const startHash = hashState(state);
  if (startHash !== replay.startHash) return fail('ERR_DIVERGED', 'The opening state differs.', 0, replay.startHash, startHash);
  onTurn?.(state, []);
  for (let i = 0; i < replay.turns.length; i++) {
    const turn = replay.turns[i];
    const res: Result<{ state: GameState; log?: LogEntry[] }> = keepLog ? resolveTurn(state, turn.orders, turn.inputs) : resolveTurnQuiet(state, turn.orders, turn.inputs);
    if (!res.ok) return fail(res.code, `Turn ${i + 1}: ${res.message}`, i + 1, turn.hash, null);
    state = res.state;
    const turnLog = res.log ?? [];
    for (const e of turnLog) log.push(e);
    const actual = hashState(state);
    if (actual !== turn.hash) return fail('ERR_DIVERGED', `Turn ${i + 1} ends in a different state than recorded.`, i + 1, turn.hash, actual);
    onTurn?.(state, turnLog);
  }
  return { ok: true, state, log, finalHash: hashState(state), turns: replay.turns.length };
}

/** Whether a replay plays to the same state hashes on this engine (playReplay's checks with quiet logs, keeping only the verdict). */
export function verifyReplay(replay: Replay, scenario: Scenario): VerifyResult {
  const played = walkReplay(replay, scenario, false);
  return played.ok ? { ok: true, finalHash: played.finalHash, turns: played.turns } : played;
}
