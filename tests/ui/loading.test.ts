// Load file: a replay or a save is rebuilt through the engine; every kind of bad file is refused
// with the reason (the engine's own message, naming the turn, where there is one).
import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import type { MenuChoice } from '../../src/ui/app';
import { checkFileSize, MAX_FILE_BYTES, sessionFromFile } from '../../src/ui/loading';
import { saveOf } from '../../src/ui/save';
import { GameSession } from '../../src/ui/session';

const choice: MenuChoice = { scenarioId: '2020-war', human: 'turkey', difficulty: 'hard', variant: null, seed: 'x' };
const made = GameSession.start(SCENARIOS['2020-war'], { scenarioId: '2020-war', seed: 'loading-test', human: 'azerbaijan', difficulty: 'normal', variant: 'no-turkish-drones' });
if (!made.ok) throw new Error(made.message);
const game = made.session;
game.endTurn();
game.endTurn();
const replayText = JSON.stringify(game.replay);

function refusal(text: string): string {
  const r = sessionFromFile(text, choice);
  if (r.ok) throw new Error('the file was loaded');
  return r.message;
}

describe('loading a file', () => {
  it('rebuilds a replay for the actor and difficulty chosen in the menu, and a save for its own player', () => {
    const fromReplay = sessionFromFile(replayText, choice);
    if (!fromReplay.ok) throw new Error(fromReplay.message);
    expect(hashState(fromReplay.session.state)).toBe(hashState(game.state));
    expect(fromReplay.from).toBe('replay');
    expect(fromReplay.session.config).toEqual({ scenarioId: '2020-war', seed: 'loading-test', human: 'turkey', difficulty: 'hard', variant: 'no-turkish-drones' });
    const fromSave = sessionFromFile(JSON.stringify(saveOf(game)), choice);
    if (!fromSave.ok) throw new Error(fromSave.message);
    expect(fromSave.session.config).toEqual(game.config);
    expect(fromSave.from).toBe('save');
  });

  it('refuses each kind of bad file with its reason', () => {
    const edit = (f: (r: ReturnType<typeof JSON.parse>) => void): string => {
      const r = JSON.parse(replayText);
      f(r);
      return JSON.stringify(r);
    };
    expect(refusal('{"turns": [')).toMatch(/^The file is not JSON: /);
    expect(refusal('{"hello": "world"}')).toBe('This file is neither a saved game nor a replay (its "format" is missing, not "karabakh-save" or "karabakh-replay").');
    expect(refusal('[1, 2]')).toMatch(/neither a saved game nor a replay/);
    expect(refusal(edit((r) => (r.turns = {})))).toMatch(/\$\.turns must be a list/);
    expect(refusal(edit((r) => (r.scenarioId = 'constructor')))).toMatch(/no scenario "constructor" in this build/);
    expect(refusal(edit((r) => (r.engineVersion = '0.0.1')))).toMatch(/made with engine 0\.0\.1; this is engine/);
    expect(refusal(edit((r) => (r.turns[1].hash = '0000000000000000')))).toMatch(/^Turn 2 ends in a different state than recorded/);
    expect(refusal(edit((r) => (r.turns[0].orders.azerbaijan = [{ kind: 'hold', region: 'nowhere' }])))).toMatch(/^Turn 1: Azerbaijan's order 1 \(hold\): .*"nowhere" is not a region/);
    expect(refusal(' '.repeat(MAX_FILE_BYTES + 1))).toMatch(/at most 2\.0 MB/);
  });

  it('refuses a file by its size before reading it', () => {
    expect(checkFileSize(MAX_FILE_BYTES).ok).toBe(true);
    expect(checkFileSize(16 * 1024 * 1024)).toEqual({ ok: false, message: 'The file is 16.0 MB; a save or a replay is at most 2.0 MB, so this is not one.' });
  });
});
