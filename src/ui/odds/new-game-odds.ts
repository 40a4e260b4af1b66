// The odds of a new game of a shipped scenario, from its first week: what the bench measures in
// the browser (odds_games_per_s_browser) and what the tests compare with Node, game by game.
import { newGame, newReplay } from '../../engine';
import { shippedScenario } from '../../scenario/shipped';
import { runContinuations } from './run';

export interface NewGameOdds {
  /** From the first request to the last game's summary, workers' start included. */
  readonly ms: number;
  /** Each continuation's final state hash, in continuation order. */
  readonly hashes: readonly string[];
}

export async function newGameOdds(scenarioId: string, seed: string, games: number): Promise<NewGameOdds> {
  const scenario = shippedScenario(scenarioId);
  if (!scenario) throw new Error(`No shipped scenario "${scenarioId}".`);
  const start = newGame(scenario, seed);
  if (!start.ok) throw new Error(start.message);
  const t0 = performance.now();
  const [week] = await runContinuations({ scenario, replay: newReplay(start.state), weeks: [1], games }).done;
  return { ms: performance.now() - t0, hashes: week.games.map((s) => s.finalHash) };
}
