// A game's turning points in the browser: continuations from the start of every week, played in
// Web Workers (the page's cache first), ranked by how far each week moved the odds of the game's
// outcome. The debrief's "Turning points" runs it; the replay theatre may run it on any replay.
import type { Difficulty } from '../../ai';
import { turningOf, turningWeeks, type GameTurning } from '../../analysis/game-turning';
import type { Replay } from '../../engine';
import { playWorld, type PlayedWorld } from '../../report/world';
import { shippedScenario } from '../../scenario/shipped';
import { cachedContinuations } from './cache';

/** Continuations a week when the caller does not say: the weeks of a 2020-war game in well under a minute. */
export const DEFAULT_TURNING_GAMES = 100;

export interface TurningRequest {
  readonly replay: Replay;
  readonly games?: number;
  readonly difficulty?: Difficulty;
  /** Games done of all the weeks' games. */
  readonly onProgress?: (done: number, of: number) => void;
}

export interface TurningRun {
  /** The game rebuilt week by week (states and logs, to tell what happened) and its turning points. */
  readonly done: Promise<{ readonly world: PlayedWorld; readonly turning: GameTurning }>;
  /** Stop the workers; `done` rejects with the message "cancelled". */
  cancel(): void;
}

export function runTurningPoints(req: TurningRequest): TurningRun {
  const scenario = shippedScenario(req.replay.scenarioId);
  if (!scenario) return { done: Promise.reject(new Error(`No shipped scenario "${req.replay.scenarioId}" in this build.`)), cancel: () => undefined };
  const played = playWorld(req.replay, scenario);
  if (!played.ok) return { done: Promise.reject(new Error(`The game could not be rebuilt: ${played.message}`)), cancel: () => undefined };
  const world = played.world;
  const run = cachedContinuations({ scenario, replay: req.replay, weeks: turningWeeks(world), games: req.games ?? DEFAULT_TURNING_GAMES, difficulty: req.difficulty, onProgress: req.onProgress });
  return { done: run.done.then((weeks) => ({ world, turning: turningOf(world, weeks) })), cancel: run.cancel };
}
