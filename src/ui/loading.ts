// Loading a file from the menu: an autosave-style save, or a replay (played through to its end).
import { parseReplay } from '../engine';
import type { MenuChoice } from './app';
import { scenarioOf } from './app';
import { GameSession, type Outcome, type SavedGame } from './session';

export function sessionFromFile(text: string, choice: MenuChoice): Outcome<{ session: GameSession }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `The file is not JSON: ${(e as Error).message}` };
  }
  if (json && typeof json === 'object' && (json as { format?: unknown }).format === 'karabakh-save') {
    const save = json as SavedGame;
    const scenario = scenarioOf(save.config?.scenarioId);
    if (!scenario) return { ok: false, message: `The save is for scenario "${save.config?.scenarioId}", which this build does not have.` };
    return GameSession.restore(scenario, save);
  }
  const parsed = parseReplay(json);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const replay = parsed.replay;
  const scenario = scenarioOf(replay.scenarioId);
  if (!scenario) return { ok: false, message: `The replay is for scenario "${replay.scenarioId}", which this build does not have.` };
  const human = scenario.actors.some((a) => a.id === choice.human && a.playable) ? choice.human : scenario.actors.find((a) => a.playable)!.id;
  return GameSession.fromReplay(scenario, replay, { scenarioId: scenario.id, seed: replay.seed, human, difficulty: choice.difficulty, variant: replay.variant ?? null });
}
