// Continuations: a position played on to the end by the computer, again and again, each time with
// its own seed, to see how likely each outcome is from there (the odds of a week). The same index
// gives the same game in Node and in the browser, in a worker or not.
import { decideAll, type Difficulty } from '../ai';
import { freezeRecords, reseeded, simulateTurn, type ActorId, type GameState, type OrdersByActor, type Result } from '../engine';
import { summarise, type GameSummary } from './summary';

/** The seed of a position's continuation number `index` (0-based): names the game it came from and the week. */
function continuationSeed(position: GameState, index: number): string {
  return `${position.seed}/week ${position.turn + 1}/${index + 1}`;
}

/**
 * Every actor run by the computer from `state` (the `idle` ones giving no orders) until the game
 * ends or `limit` turns are played. Turns advance on the engine's mutable working copy
 * (simulateTurn): only the last state is kept. Batch games and continuations both play this way.
 */
export function playOn(state: GameState, difficulty: Difficulty, limit = state.calendar.turns, idle: readonly ActorId[] = []): Result<{ state: GameState }> {
  let now = state;
  while (!now.ended && now.turn < limit) {
    const decisions = decideAll(now, { difficulty }, [], idle);
    const orders: OrdersByActor = {};
    for (const id of Object.keys(decisions)) orders[id] = decisions[id].orders;
    const res = simulateTurn(now, orders);
    if (!res.ok) return { ok: false, code: res.code, message: `turn ${now.turn + 1}: the engine refused the computer's orders: ${res.message}` };
    // The computer actors' views of the next turn share these records instead of copying them.
    freezeRecords(res.state);
    now = res.state;
  }
  return { ok: true, state: now };
}

/** Continuation number `index` of a position, played to the end and summed up. */
export function playContinuation(position: GameState, index: number, difficulty: Difficulty): Result<{ summary: GameSummary }> {
  const played = playOn(reseeded(position, continuationSeed(position, index)), difficulty);
  return played.ok ? { ok: true, summary: summarise(played.state) } : played;
}

/** Continuations 0…count−1 of a position, in order: what an odds worker plays, all in one thread. */
export function playContinuations(position: GameState, count: number, difficulty: Difficulty): Result<{ summaries: GameSummary[] }> {
  const summaries: GameSummary[] = [];
  for (let i = 0; i < count; i++) {
    const game = playContinuation(position, i, difficulty);
    if (!game.ok) return { ok: false, code: game.code, message: `continuation ${i + 1}: ${game.message}` };
    summaries.push(game.summary);
  }
  return { ok: true, summaries };
}
