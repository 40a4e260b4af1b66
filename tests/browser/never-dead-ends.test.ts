// The browser never dead-ends: a bad autosave, a bad link, a bad file or an unexpected exception
// each ends in a dialog giving the reason, and the menu (or a way back to it) works; a link never
// overwrites a saved game without the player choosing. Real clicks throughout.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashState } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { MAX_FILE_BYTES } from '../../src/ui/loading';
import { saveOf } from '../../src/ui/save';
import { GameSession } from '../../src/ui/session';
import { AUTOSAVE_KEY, REJECTED_PREFIX } from '../../src/ui/store';
import { answerDialog, dialogOf, openGame, type Driver } from './driver';

let d: Driver;
let site: string;

beforeAll(async () => {
  site = inject('siteUrl');
  d = await openGame(site);
});

afterAll(async () => {
  await d?.close();
});

/** A game of two weeks played in Node, as a save would hold it. */
function nodeGame(): GameSession {
  const made = GameSession.start(SCENARIOS['2020-war'], { scenarioId: '2020-war', seed: 'dead-ends', human: 'turkey', difficulty: 'normal', variant: null });
  if (!made.ok) throw new Error(made.message);
  made.session.endTurn();
  made.session.endTurn();
  return made.session;
}
const game = nodeGame();
const goodSave = JSON.stringify(saveOf(game));
const edit = <T>(text: string, change: (json: T) => void): string => {
  const json = JSON.parse(text) as T;
  change(json);
  return JSON.stringify(json);
};
/** The parts of a save and a replay the cases below edit. */
interface ReplayJson {
  engineVersion: string;
  scenarioId: string;
  turns: { hash: string; orders: Record<string, unknown[]> }[];
}
interface SaveJson {
  replay: ReplayJson;
  state: { tension: number };
}

const storage = (key: string) => d.page.evaluate((k) => localStorage.getItem(k), key);
const setAutosave = (raw: string | null) => d.page.evaluate(([k, v]) => (v === null ? localStorage.clear() : localStorage.setItem(k, v)), [AUTOSAVE_KEY, raw] as const);
const address = () => d.page.evaluate(() => `${location.pathname}${location.search}`);

const dialog = () => dialogOf(d.page);
const answer = (key: string) => answerDialog(d, key);

describe('the browser never dead-ends', () => {
  it('reports a bad autosave of any shape on the menu, sets it aside under its own key, and the menu works', async () => {
    await d.ready('menu');
    const legacy = JSON.stringify({ format: 'karabakh-save', config: game.config, state: game.state, replay: game.replay, log: game.log });
    const cases: [string, RegExp][] = [
      ['{"format":"karabakh-save"}', /holds no replay/],
      [goodSave.slice(0, 200), /not readable JSON/],
      ['{"format":"karabakh-replay","turns":[]}', /not a saved game/],
      [edit<SaveJson>(goodSave, (s) => (s.replay.engineVersion = '0.0.1')), /made with engine 0\.0\.1/],
      [edit<SaveJson>(goodSave, (s) => (s.replay.turns[1].orders.turkey = [{ kind: 'hold', region: 'nowhere' }])), /Turn 2: Turkey's order 1 \(hold\): .*"nowhere"/],
      // The state edited and the replay's last hash made to match it: the rebuild does not reach it.
      [edit<SaveJson>(legacy, (s) => {
        s.state.tension += 1;
        s.replay.turns[1].hash = hashState(s.state as never);
      }), /Turn 2 ends in a different state than recorded/],
      [edit<SaveJson>(legacy, (s) => (s.state.tension += 1)), /saved state does not match the game its replay rebuilds/],
    ];
    for (const [i, [raw, reason]] of cases.entries()) {
      await setAutosave(raw);
      await d.page.reload();
      const shown = await dialog();
      expect(shown.text).toMatch(/^Your saved game could not be restored: /);
      expect(shown.text).toMatch(reason);
      expect(shown.text).toContain(`"${REJECTED_PREFIX}${i + 1}"`);
      await answer('ok');
      await d.ready('menu');
      expect(await storage(`${REJECTED_PREFIX}${i + 1}`)).toBe(raw);
      expect(await storage(AUTOSAVE_KEY)).toBeNull();
      expect(await d.locate('menu.continue')).toBeNull();
    }
    await d.click('menu.actor.armenia');
    await d.click('menu.start');
    await d.ready('board');
    expect(await d.page.evaluate(() => window.karabakh.view()?.viewer)).toBe('armenia');
  });

  it('falls back from a bad link to the menu with the reason, and takes the link out of the address', async () => {
    await setAutosave(null);
    const links: [string, RegExp][] = [
      ['?play=azerbaijan&scenario=constructor', /no scenario "constructor" in this build/],
      ['?variant=nope', /"nope" is not a variant of 2020-war/],
      ['?play=azerbaijan&variant=nope', /"nope" is not a variant of 2020-war/],
      ['?play=__proto__', /"__proto__" is not an actor you can play/],
      ['?play=artsakh', /"artsakh" is not an actor you can play/],
      ['?play=turkey&difficulty=brutal', /"brutal" is not a difficulty/],
      [`?play=turkey&seed=${'s'.repeat(500)}`, /The seed is 500 characters long; a seed has at most 64/],
    ];
    for (const [query, reason] of links) {
      await d.page.goto(`${site}${query}`);
      const shown = await dialog();
      expect(shown.title).toBe('This link cannot start a game');
      expect(shown.text).toMatch(reason);
      expect(await address()).toBe('/');
      // OK sits over the menu's buttons: its click must not also press the one beneath.
      await answer('ok');
      await d.ready('menu');
    }
    await d.click('menu.start');
    await d.ready('board');
    expect(await d.page.evaluate(() => window.karabakh.view()?.viewer)).toBe('azerbaijan');
  });

  it('takes a ?play= link out of the address once its game starts, so a reload continues the autosave', async () => {
    await setAutosave(null);
    await d.page.goto(`${site}?play=turkey&seed=link-a&fast`);
    await d.ready('board');
    expect(await address()).toBe('/?fast');
    await d.click('board.endTurn');
    await answer('ok');
    await d.page.waitForFunction(() => window.karabakh.ready && window.karabakh.view()?.turn === 1, null, { timeout: 60_000 });
    const hash = await d.page.evaluate(() => window.karabakh.hash());
    await d.page.reload();
    await d.ready('menu');
    await d.click('menu.continue');
    await d.ready('board');
    expect(await d.page.evaluate(() => [window.karabakh.view()?.turn, window.karabakh.hash()])).toEqual([1, hash]);
  });

  it('asks before a ?play= link replaces a saved game: Continue keeps it, Start the linked game replaces it', async () => {
    await setAutosave(goodSave);
    await d.page.goto(`${site}?play=armenia&seed=link-b`);
    expect((await dialog()).title).toBe('You have a saved game');
    await answer('continue');
    await d.ready('board');
    expect(await d.page.evaluate(() => window.karabakh.hash())).toBe(hashState(game.state));
    expect(await address()).toBe('/');
    expect(await storage(AUTOSAVE_KEY)).toBe(goodSave);
    await d.page.goto(`${site}?play=armenia&seed=link-b`);
    await dialog();
    await answer('link');
    await d.ready('board');
    expect(await d.page.evaluate(() => [window.karabakh.view()?.viewer, window.karabakh.view()?.turn])).toEqual(['armenia', 0]);
    expect(JSON.parse((await storage(AUTOSAVE_KEY))!)).toMatchObject({ human: 'armenia', replay: { seed: 'link-b' } });
  });

  it('says when the replay theatre\'s code does not arrive, keeps the menu, and opens the theatre after a reload', async () => {
    await d.page.goto(site);
    await d.ready('menu');
    const chunk = '**/assets/replay-theatre-*.js';
    let asked = 0;
    await d.page.route(chunk, (route) => {
      asked++;
      return route.abort('internetdisconnected');
    });
    await d.click('theatre.open');
    const shown = await dialog();
    expect(asked).toBe(1);
    expect(shown.title).toBe('The replay theatre could not load');
    expect(shown.text).toMatch(/Check the connection and reload the page/);
    await answer('ok');
    await d.ready('menu');
    expect(await d.locate('menu.start')).not.toBeNull();
    expect(d.errors.splice(0)).toEqual(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
    await d.page.unroute(chunk);
    await d.page.goto(site);
    await d.ready('menu');
    await d.click('theatre.open');
    await d.ready('theatre');
  });

  it('shows every Load file failure in a dialog with the reason, and opens a good replay in the replay theatre', async () => {
    await d.page.goto(site);
    await d.ready('menu');
    const replay = JSON.stringify(game.replay);
    const files: [string | Buffer, RegExp][] = [
      ['{"turns": [', /^The file is not JSON: /],
      ['{"hello": "world"}', /neither a saved game nor a replay/],
      [edit<ReplayJson>(replay, (r) => (r.scenarioId = 'constructor')), /no scenario "constructor" in this build/],
      [edit<ReplayJson>(replay, (r) => (r.engineVersion = '0.0.1')), /made with engine 0\.0\.1/],
      [edit<ReplayJson>(replay, (r) => (r.turns[1].hash = '0000000000000000')), /^Turn 2 ends in a different state than recorded/],
      [edit<ReplayJson>(replay, (r) => (r.turns[0].orders.turkey = [{ kind: 'hold', region: 'nowhere' }])), /^Turn 1: Turkey's order 1 \(hold\): .*"nowhere"/],
      [Buffer.alloc(MAX_FILE_BYTES + 1, 32), /at most 2\.0 MB/],
    ];
    const load = async (body: string | Buffer) => {
      const [chooser] = await Promise.all([d.page.waitForEvent('filechooser'), d.click('menu.load')]);
      await chooser.setFiles({ name: 'game.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    };
    for (const [body, reason] of files) {
      await load(body);
      const shown = await dialog();
      expect(shown.title).toBe('Cannot load this file');
      expect(shown.text).toMatch(reason);
      await answer('ok');
      await d.ready('menu');
    }
    await load(replay);
    await d.ready('theatre');
    expect(await d.page.evaluate(() => window.karabakh.hash())).toBe(hashState(game.state));
  });

  it('shows an exception thrown inside a scene with its message and a way back to the menu', async () => {
    await setAutosave(goodSave);
    await d.click('theatre.menu');
    await d.ready('menu');
    // The board's first label then throws inside Phaser's loop, which stops: a real scene failure.
    await d.page.evaluate(() => {
      CanvasRenderingContext2D.prototype.measureText = () => {
        throw new Error('text cannot be measured');
      };
    });
    await d.click('menu.continue');
    const shown = await dialog();
    expect(shown.title).toBe('Something went wrong');
    expect(shown.text).toMatch(/^text cannot be measured.*Continue picks it up/);
    await d.click('dialog.menu');
    await d.ready('menu');
    await d.click('menu.continue');
    await d.ready('board');
    expect(await d.page.evaluate(() => window.karabakh.hash())).toBe(hashState(game.state));
    expect(d.errors).toEqual(['page error: text cannot be measured']);
  });
});
