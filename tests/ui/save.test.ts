// A save is never trusted: it is rebuilt from its replay through the engine, and every way a save
// can be wrong is refused with a reason a player can read.
import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { restoreSave, saveOf, SAVE_VERSION } from '../../src/ui/save';
import { GameSession } from '../../src/ui/session';

const scenario = SCENARIOS['2020-war'];

function played(turns: number, human = 'turkey'): GameSession {
  const made = GameSession.start(scenario, { scenarioId: scenario.id, seed: 'save-test', human, difficulty: 'normal', variant: null });
  if (!made.ok) throw new Error(made.message);
  for (let i = 0; i < turns; i++) if (!made.session.endTurn().ok) throw new Error('turn failed');
  return made.session;
}

const game = played(2);
/** A fresh, writable copy of the game's save (as JSON.parse gives it). */
const saveCopy = (): { replay: { turns: { orders: Record<string, unknown[]>; hash: string }[] } & Record<string, unknown> } & Record<string, unknown> => JSON.parse(JSON.stringify(saveOf(game)));
/** The format the first builds wrote: the state and the log beside the replay. */
const legacyCopy = () => JSON.parse(JSON.stringify({ format: 'karabakh-save', config: game.config, state: game.state, replay: game.replay, log: game.log }));

function refused(save: unknown): string {
  const r = restoreSave(save);
  if (r.ok) throw new Error('the save was accepted');
  return r.message;
}

describe('restoring a save', () => {
  it('rebuilds the same game, with its log from the engine, from a save that holds only the replay', () => {
    const save = saveCopy();
    expect(save).not.toHaveProperty('state');
    expect(save).not.toHaveProperty('log');
    expect(save.version).toBe(SAVE_VERSION);
    const r = restoreSave(save);
    if (!r.ok) throw new Error(r.message);
    expect(hashState(r.session.state)).toBe(hashState(game.state));
    expect(r.session.log).toEqual(game.log);
    expect(r.session.config).toEqual(game.config);
  });

  it('reads version 2 (no hot seat field) as a game of one human', () => {
    const { hotseat, ...v2 }: Record<string, unknown> = { ...saveCopy(), version: 2 };
    expect(hotseat).toBeNull();
    const r = restoreSave(v2);
    if (!r.ok) throw new Error(r.message);
    expect(hashState(r.session.state)).toBe(hashState(game.state));
    expect(r.session.hotseat).toBeNull();
  });

  it('reads the first format, taking its state as a claim to check and its log not at all', () => {
    const save = legacyCopy();
    save.log = [{ turn: 0, kind: 'story', text: 'written into the file, not by the engine' }];
    const r = restoreSave(save);
    if (!r.ok) throw new Error(r.message);
    expect(r.session.log).toEqual(game.log);
    const edited = legacyCopy();
    edited.state.tension += 1;
    expect(refused(edited)).toMatch(/saved state does not match the game its replay rebuilds/);
  });

  it('refuses a save whose state was edited and re-hashed: the replay no longer rebuilds it', () => {
    const save = legacyCopy();
    save.state.tension += 1;
    save.replay.turns[1].hash = hashState(save.state);
    expect(refused(save)).toMatch(/^Turn 2 ends in a different state than recorded/);
  });

  it('refuses a replay that diverges, naming the turn, and an illegal order, naming its turn', () => {
    const diverged = saveCopy();
    diverged.replay.turns[0].hash = '0123456789abcdef';
    expect(refused(diverged)).toMatch(/^Turn 1 ends in a different state than recorded/);
    const illegal = saveCopy();
    illegal.replay.turns[1].orders.turkey = [{ kind: 'hold', region: 'nowhere' }];
    expect(refused(illegal)).toMatch(/^Turn 2: /);
  });

  it('refuses a save of another engine version, another format version, or another shape, saying why', () => {
    const old = saveCopy();
    (old.replay as Record<string, unknown>).engineVersion = '0.0.1';
    expect(refused(old)).toMatch(/engine 0\.0\.1; this is engine/);
    expect(refused({ ...saveCopy(), version: 4 })).toMatch(/format version 4; this build reads versions 1 to 3/);
    expect(refused({ format: 'karabakh-save' })).toMatch(/holds no replay/);
    expect(refused({ format: 'something-else' })).toMatch(/not a saved game/);
    expect(refused(null)).toMatch(/not a saved game/);
    expect(refused([])).toMatch(/not a saved game/);
    const noTurns = saveCopy();
    (noTurns.replay as Record<string, unknown>).turns = 'none';
    expect(refused(noTurns)).toMatch(/\$\.turns must be a list/);
  });

  it('looks ids up as own keys: constructor is no scenario, __proto__ no actor', () => {
    const scen = saveCopy();
    (scen.replay as Record<string, unknown>).scenarioId = 'constructor';
    expect(refused(scen)).toMatch(/no scenario "constructor" in this build/);
    expect(refused({ ...saveCopy(), human: '__proto__' })).toMatch(/"__proto__" is not an actor you can play in 2020-war/);
    expect(refused({ ...saveCopy(), human: 'artsakh' })).toMatch(/"artsakh" is not an actor you can play/);
    expect(refused({ ...saveCopy(), difficulty: 'toString' })).toMatch(/"toString" is not a difficulty/);
  });
});
