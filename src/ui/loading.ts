// Load file from the menu: a save (played on) or a replay (opened in the replay theatre), refused
// with the reason when it is too large, not JSON, neither a save nor a replay, or a game the engine
// cannot rebuild turn by turn.
import { scenarioOf, type MenuChoice } from './app';
import { gameFromReplay, looksLikeReplay, looksLikeSave, REPLAY_FORMAT, restoreSave, SAVE_FORMAT } from './save';
import type { GameSession, Outcome } from './session';
import { playableActors } from './settings';

/** The largest file Load file reads (a 28-week game's replay is about 20 KB). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Refuses a file by its size before a byte of it is read. */
export function checkFileSize(bytes: number): Outcome {
  if (bytes <= MAX_FILE_BYTES) return { ok: true };
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return { ok: false, message: `The file is ${mb(bytes)}; a save or a replay is at most ${mb(MAX_FILE_BYTES)}, so this is not one.` };
}

/** The game a file holds, and whether it was a save (played on) or a replay (opened in the replay theatre). */
export function sessionFromFile(text: string, choice: MenuChoice): Outcome<{ session: GameSession; from: 'save' | 'replay' }> {
  const size = checkFileSize(text.length);
  if (!size.ok) return size;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `The file is not JSON: ${(e as Error).message}` };
  }
  if (!looksLikeSave(json) && !looksLikeReplay(json)) {
    const format = (json as { format?: unknown } | null)?.format;
    return { ok: false, message: `This file is neither a saved game nor a replay (its "format" is ${JSON.stringify(format) ?? 'missing'}, not "${SAVE_FORMAT}" or "${REPLAY_FORMAT}").` };
  }
  try {
    const from = looksLikeSave(json) ? 'save' : 'replay';
    const res = from === 'save' ? restoreSave(json) : gameFromReplay(json, { human: humanFor(json, choice), difficulty: choice.difficulty });
    return res.ok ? { ...res, from } : res;
  } catch (e) {
    return { ok: false, message: `The game could not be rebuilt from this file: ${(e as Error).message}` };
  }
}

/** A replay does not say who the player was: the actor chosen in the menu if it is playable there. */
function humanFor(json: unknown, choice: MenuChoice): string {
  const scenario = scenarioOf((json as { scenarioId?: unknown } | null)?.scenarioId);
  if (!scenario) return choice.human;
  const playable = playableActors(scenario);
  return playable.includes(choice.human) ? choice.human : playable[0];
}
