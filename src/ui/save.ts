// The save format (the autosave, and a file Load file reads): who plays, at what difficulty, the
// game's replay, and in hot seat the teams' drafts. Nothing in a save is trusted: loading one checks
// its settings and rebuilds the game by playing its replay's orders from the seed through the
// engine (GameSession.rebuild); a hot seat's drafts are checked by the engine too (HotSeat.restore).
import { hashState, parseReplay, type Replay } from '../engine';
import { scenarios } from './app';
import type { Difficulty } from './computer';
import { HotSeat, type HotSeatSave } from './hotseat';
import { GameSession, type Outcome } from './session';
import { checkSettings } from './settings';

export const SAVE_FORMAT = 'karabakh-save';
/**
 * 3: { format, version: 3, human, difficulty, replay, hotseat }: `hotseat` is null when one human
 * plays, else the teams in turn order, the team drafting and every team's drafts this turn.
 * 2 (read, no longer written): version 3 without `hotseat`.
 * 1 (no version field, read but no longer written): { format, config, state, replay, log }; its
 * state is only compared with the rebuilt one, and its log is ignored.
 */
export const SAVE_VERSION = 3;

export interface SavedGame {
  readonly format: typeof SAVE_FORMAT;
  readonly version: typeof SAVE_VERSION;
  readonly human: string;
  readonly difficulty: Difficulty;
  readonly replay: Replay;
  readonly hotseat: HotSeatSave | null;
}

export function saveOf(session: GameSession): SavedGame {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    human: session.config.human,
    difficulty: session.config.difficulty,
    replay: session.replay,
    hotseat: session.hotseat?.toSave() ?? null,
  };
}

type Fields = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether parsed JSON says it is a save (of any version), as opposed to a replay or anything else. */
export function looksLikeSave(json: unknown): boolean {
  return isObject(json) && json.format === SAVE_FORMAT;
}

/** The engine's replay format (its type is the engine's, so the two cannot drift apart). */
export const REPLAY_FORMAT: Replay['format'] = 'karabakh-replay';

export function looksLikeReplay(json: unknown): boolean {
  return isObject(json) && json.format === REPLAY_FORMAT;
}

/** A game rebuilt from a replay, for the given player; the replay names scenario, seed and variant. */
export function gameFromReplay(json: unknown, player: { human: unknown; difficulty: unknown; humans?: readonly string[] }): Outcome<{ session: GameSession }> {
  const parsed = parseReplay(json);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const replay = parsed.replay;
  const checked = checkSettings(scenarios, { scenarioId: replay.scenarioId, seed: replay.seed, variant: replay.variant, human: player.human, difficulty: player.difficulty });
  if (!checked.ok) return checked;
  const config = player.humans ? { ...checked.config, humans: player.humans } : checked.config;
  return GameSession.rebuild(checked.scenario, replay, config);
}

/** A saved game back in play, rebuilt from its replay, or the reason it cannot be. */
export function restoreSave(json: unknown): Outcome<{ session: GameSession }> {
  const bad = (message: string) => ({ ok: false as const, message });
  if (!looksLikeSave(json)) return bad(`This is not a saved game (its format is not "${SAVE_FORMAT}").`);
  const save = json as Fields;
  const version = Object.hasOwn(save, 'version') ? save.version : 1;
  if (version !== 1 && version !== 2 && version !== SAVE_VERSION) return bad(`The save has format version ${JSON.stringify(version)}; this build reads versions 1 to ${SAVE_VERSION}.`);
  const player = version === 1 ? (isObject(save.config) ? save.config : {}) : save;
  if (!isObject(save.replay)) return bad('The save holds no replay, so its game cannot be rebuilt.');
  const seats = version === SAVE_VERSION ? save.hotseat : null;
  if (seats !== null && !isObject(seats)) return bad('The save\'s "hotseat" is neither null nor the teams of a hot-seat game.');
  const humans = seats && Array.isArray(seats.humans) ? (seats.humans as string[]) : undefined;
  if (seats && !humans) return bad('The save\'s hot seat does not list its teams.');
  const rebuilt = gameFromReplay(save.replay, { human: humans?.[0] ?? player.human, difficulty: player.difficulty, humans });
  if (!rebuilt.ok) return rebuilt;
  const session = rebuilt.session;
  if (version === 1 && !sameState(save.state, hashState(session.state))) return bad('The saved state does not match the game its replay rebuilds: the save was damaged or edited.');
  if (seats) {
    const restored = HotSeat.restore(session.state, session.humans, seats);
    if (!restored.ok) return restored;
    session.hotseat = restored.hotseat;
  }
  return rebuilt;
}

function sameState(state: unknown, rebuiltHash: string): boolean {
  try {
    return isObject(state) && hashState(state as never) === rebuiltHash;
  } catch {
    return false;
  }
}
