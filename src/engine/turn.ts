// resolveTurn: every actor's orders for one turn, through the seven phases in order.
// All orders are checked first; if any is illegal nothing is applied.
import { checkInputs } from './inputs-check';
import { validateOrders } from './orders';
import { shown } from './input';
import { keyed } from './keyed';
import { isActor } from './sides';
import type { TurnContext } from './phases/context';
import { consequencesPhase } from './phases/consequences';
import { diplomacyPhase } from './phases/diplomacy';
import { endPhase } from './phases/end';
import { eventsPhase } from './phases/events';
import { operationsPhase } from './phases/operations';
import { ordersPhase } from './phases/orders';
import { supportPhase } from './phases/support';
import type { TurnLog } from './stats';
import type { TurnInputs } from './turn-inputs';
import type { GameState, LogEntry, Order, OrdersByActor, Phase, Result } from './types';
import { freezeDeep, shareUnchanged } from './share';
import { workingCopy } from './working-copy';

const PHASES: readonly [Phase, (s: GameState, ctx: TurnContext) => void][] = [
  ['events', eventsPhase],
  ['orders', ordersPhase],
  ['diplomacy', diplomacyPhase],
  ['support', supportPhase],
  ['operations', operationsPhase],
  ['consequences', consequencesPhase],
  ['end', endPhase],
];

/**
 * Every order and the facilitator's inputs checked before anything is applied: a turn is all or
 * nothing. The phases get them rebuilt from their known fields (orders.ts, inputs-check.ts), never
 * the input itself.
 */
function checkTurn(state: GameState, orders: unknown, inputs: unknown): Result<{ orders: OrdersByActor; inputs: TurnInputs }> {
  if (state.ended) return { ok: false, code: 'ERR_GAME_OVER', message: `The game ended on turn ${state.ended.turn + 1} (${state.ended.reason}); no more turns.` };
  if (!orders || typeof orders !== 'object' || Array.isArray(orders)) return { ok: false, code: 'ERR_BAD_ORDERS', message: 'Orders must be an object: actor id → list of orders.' };
  const given = Object.keys(orders);
  const stranger = given.find((actor) => !isActor(state, actor));
  if (stranger !== undefined) return { ok: false, code: 'ERR_UNKNOWN_ACTOR', message: `Orders were given for ${shown(stranger)}, which is not an actor in this scenario.` };
  const checked = keyed<readonly Order[]>();
  for (const actor of given.sort()) {
    const check = validateOrders(state, actor, (orders as Record<string, unknown>)[actor]);
    if (!check.ok) return { ok: false, code: check.code, message: check.message };
    checked[actor] = check.orders;
  }
  if (inputs === undefined) return { ok: true, orders: checked, inputs: {} };
  const played = checkInputs(state, inputs);
  if (!played.ok) return played;
  return { ok: true, orders: checked, inputs: played.inputs };
}

/** The seven phases in order, each a plain mutation of the state it is handed. */
function runPhases(state: GameState, ctx: TurnContext): void {
  for (const [phase, run] of PHASES) {
    ctx.log.phase = phase;
    run(state, ctx);
  }
}

function newContext(state: GameState, orders: OrdersByActor, inputs: TurnInputs, quiet: boolean): TurnContext {
  const log: TurnLog = { turn: state.turn, phase: 'events', entries: [], quiet };
  return { log, orders, inputs, usedOverrides: new Set(), captures: [], losses: {}, breaches: [], hits: [], civilianStrikes: [], downedDrones: [], exposures: [], receiving: {} };
}

/**
 * A checked turn, ready to play: `play` runs the seven phases on the state it is handed, a plain
 * mutation. resolveTurn and simulateTurn hand it a working copy; a test may hand it an immer
 * draft, the way turns were played before, to check that both reach the same state.
 */
export function preparedTurn(state: GameState, orders: unknown, inputs: unknown, quiet: boolean): Result<{ play: (s: GameState) => void; log: LogEntry[] }> {
  const checked = checkTurn(state, orders, inputs);
  if (!checked.ok) return checked;
  const ctx = newContext(state, checked.orders, checked.inputs, quiet);
  return { ok: true, play: (s) => runPhases(s, ctx), log: ctx.log.entries };
}

/**
 * One turn: every actor's orders, and the facilitator's injects and overrides when a class has
 * them (a refused input, like a refused order, applies nothing). The phases run on a working
 * copy; then every record the turn left equal to the one before is that record again
 * (shareUnchanged) and the rest is frozen, so the state handed back can never change, and the
 * next turn, its hash and its views redo nothing for what stayed the same.
 */
export function resolveTurn(state: GameState, orders: OrdersByActor, inputs?: TurnInputs): Result<{ state: GameState; log: LogEntry[] }> {
  return resolved(state, orders, inputs, false);
}

/**
 * The state resolveTurn reaches, shared and frozen the same way, with a quiet log (the texts of
 * its most frequent entries left unbuilt, as in simulateTurn): for verifying a replay, which reads
 * only the hashes. No rule reads the log, so the state is the same.
 */
export function resolveTurnQuiet(state: GameState, orders: OrdersByActor, inputs?: TurnInputs): Result<{ state: GameState }> {
  const res = resolved(state, orders, inputs, true);
  return res.ok ? { ok: true, state: res.state } : res;
}

function resolved(state: GameState, orders: OrdersByActor, inputs: TurnInputs | undefined, quiet: boolean): Result<{ state: GameState; log: LogEntry[] }> {
  const turn = preparedTurn(state, orders, inputs, quiet);
  if (!turn.ok) return turn;
  const work = workingCopy(state);
  turn.play(work);
  return { ok: true, state: freezeDeep(shareUnchanged(state, work)), log: turn.log };
}

/**
 * The same turn as resolveTurn, with neither its log nor its sharing and freezing: for
 * look-ahead, where a computer actor plays candidate orders forward many times a turn, and for
 * batch games, which keep only their last state. It reaches the same state (tests compare the
 * hashes) and leaves its input untouched; the result is not frozen, so anything that keeps states
 * to show, save or replay (the browser, sim, replays) advances with resolveTurn.
 */
export function simulateTurn(state: GameState, orders: OrdersByActor, inputs?: TurnInputs): Result<{ state: GameState }> {
  const turn = preparedTurn(state, orders, inputs, true);
  if (!turn.ok) return turn;
  const work = workingCopy(state);
  turn.play(work);
  return { ok: true, state: work };
}
