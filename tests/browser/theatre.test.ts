// The replay theatre by real clicks: a replay file opened from the menu, stepped by buttons and
// keys, seen from one side (a covert link it never knew of absent) and as it truly was; a branch
// taken at a week and played a turn on the board, its replay verified in Node; back in the theatre
// both timelines in the tree, compared and the odds mounted; a share link opened in a fresh
// browser context replays the same game; a damaged link is refused with the reason; the debrief
// and a stored timeline's link open the theatre too.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashState, verifyReplay, type Replay } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { gameFromReplay, saveOf } from '../../src/ui/save';
import { AUTOSAVE_KEY } from '../../src/ui/store';
import { finalHash } from '../../src/ui/theatre/tree';
import { THEATRE_KEY } from '../../src/ui/theatre/tree-store';
import { goldenReplay } from '../ui/theatre-fixture';
import { answerDialog, dialogOf, drive, openGame, type Driver } from './driver';

let d: Driver;
let site: string;
const game = goldenReplay();

beforeAll(async () => {
  site = inject('siteUrl');
  d = await openGame(`${site}?fast`);
});

afterAll(async () => {
  await d?.close();
});

const hook = <T>(f: () => T) => d.page.evaluate(f);
const shownHash = () => hook(() => window.karabakh.hash());
const shownReplay = () => hook(() => window.karabakh.replay());
const text = (id: string) => d.page.locator(`[data-hook="${id}"]`).innerText();

describe('the replay theatre', () => {
  it('opens a replay file from the menu at its last week', async () => {
    await d.ready('menu');
    const [chooser] = await Promise.all([d.page.waitForEvent('filechooser'), d.click('menu.load')]);
    await chooser.setFiles({ name: 'war.replay.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(game)) });
    await d.ready('theatre');
    expect(await shownReplay()).toEqual(game);
    expect(await shownHash()).toBe(finalHash(game));
    expect(await text('theatre.tree')).toContain('war');
  });

  it('steps and scrubs the weeks with buttons and keys', async () => {
    const at = (week: number) => (week === 0 ? game.startHash : game.turns[week - 1].hash);
    await d.click('theatre.prev');
    expect(await shownHash()).toBe(at(7));
    await d.page.keyboard.press('ArrowLeft');
    expect(await shownHash()).toBe(at(6));
    await d.page.keyboard.press('Home');
    expect(await shownHash()).toBe(at(0));
    expect(await d.locate('theatre.prev')).not.toBeNull();
    await d.page.keyboard.press('End');
    expect(await shownHash()).toBe(at(8));
    await d.click('theatre.week.3');
    expect(await shownHash()).toBe(at(3));
    await d.click('theatre.next');
    expect(await shownHash()).toBe(at(4));
    await d.page.keyboard.press('ArrowRight');
    expect(await shownHash()).toBe(at(5));
    expect(await text('theatre.date')).toMatch(/2020/);
  });

  it('shows each side what it knew: a covert link is in the truth and absent from Armenia\'s view', async () => {
    await d.page.keyboard.press('Home');
    await d.click('theatre.perspective.truth');
    const truth = await hook(() => window.karabakh.view()!);
    expect(truth.viewer).toBe('facilitator');
    const covert = truth.links.filter((l) => l.covert && !l.exposed && l.active);
    expect(covert.length).toBeGreaterThan(0);
    expect(await text('theatre.knew')).toMatch(/covert/);
    await d.click('theatre.perspective.armenia');
    const armenia = await hook(() => window.karabakh.view()!);
    expect(armenia.viewer).toBe('armenia');
    for (const l of covert) expect(armenia.links.map((x) => x.id)).not.toContain(l.id);
    expect(await text('theatre.knew')).not.toMatch(/\(\d+ covert\)/);
    // Armenia's estimates of Azerbaijan's forces, the truth's exact figures.
    const azForces = (v: typeof truth) => Object.values(v.regions).flatMap((r) => r.forces.filter((f) => f.actor === 'azerbaijan'));
    expect(azForces(armenia).every((f) => f.estimate)).toBe(true);
    expect(azForces(truth).every((f) => !f.estimate)).toBe(true);
    // A week's news as Armenia read it holds the fights' rolls.
    await d.click('theatre.week.2');
    expect(await text('theatre.news')).toMatch(/roll \d+ against \d+|Roll \d+ against \d+/i);
  });

  let branch: Replay;

  it('branches at week 3 with Armenia, plays a turn on the board, and the branch verifies in Node', async () => {
    await d.click('theatre.week.3');
    await d.click('theatre.branch');
    expect((await dialogOf(d.page)).title).toBe('Branch at week 3');
    // Armenia is ticked: the perspective shown; Turkey is not.
    expect(await d.page.locator('[data-hook="theatre.branch.actor.armenia"] input').isChecked()).toBe(true);
    expect(await d.page.locator('[data-hook="theatre.branch.actor.turkey"] input').isChecked()).toBe(false);
    // The computer plays the others at the menu's difficulty unless another is chosen here.
    expect(await d.page.locator('[data-hook="theatre.branch.difficulty"]').inputValue()).toBe('normal');
    await d.page.selectOption('[data-hook="theatre.branch.difficulty"]', 'hard');
    await answerDialog(d, 'branch');
    await d.ready('board');
    expect(await hook(() => (JSON.parse(localStorage.getItem('karabakh2020.autosave')!) as { difficulty: string }).difficulty)).toBe('hard');
    expect(await hook(() => [window.karabakh.view()!.viewer, window.karabakh.view()!.turn])).toEqual(['armenia', 3]);
    await d.click('board.endTurn');
    await answerDialog(d, 'ok');
    await d.page.waitForFunction(() => window.karabakh.view()?.turn === 4 && window.karabakh.ready);
    branch = (await shownReplay())!;
    expect(branch.turns).toHaveLength(4);
    expect(branch.turns.slice(0, 3)).toEqual(game.turns.slice(0, 3));
    expect(branch.branch).toEqual({ parent: finalHash(game), week: 3 });
    const verified = verifyReplay(branch, SCENARIOS['2020-war']);
    expect(verified.ok && verified.finalHash).toBe(await shownHash());
  });

  it('keeps both timelines in a tree, switches between them, and compares them', async () => {
    await d.click('board.menu');
    await d.ready('menu');
    await d.click('theatre.open');
    await d.ready('theatre');
    expect(await shownReplay()).toEqual(branch);
    expect(await text('theatre.tree')).toMatch(/war[\s\S]*Armenia from week 3/);
    await d.click('theatre.timeline.1');
    expect((await shownReplay())!.turns).toHaveLength(game.turns.length);
    await d.click('theatre.timeline.2');
    expect(await shownReplay()).toEqual(branch);
    const stored = await hook(() => Object.keys(localStorage));
    expect(stored).toContain(THEATRE_KEY);
    await d.click('theatre.compare');
    await d.page.waitForFunction(() => window.karabakh.locate('compare.view') !== null);
    expect(await d.locate('compare.map.a')).not.toBeNull();
    expect(await d.locate('compare.map.b')).not.toBeNull();
    // The comparison covers the side panel too, so the two maps share the page's whole width.
    const widths = await hook(() => ({ view: document.querySelector('[data-hook="compare.view"]')!.getBoundingClientRect().width, page: window.innerWidth, map: document.querySelector('[data-hook="compare.map.a"]')!.getBoundingClientRect().width }));
    expect(widths.view).toBe(widths.page);
    expect(widths.map).toBeGreaterThan(widths.page * 0.4);
    expect(await text('compare.scores')).toMatch(/Armenia\s+\d+ \/ \d+\s+\d+ \/ \d+/);
    const casualties = await text('compare.casualties');
    expect(casualties).toMatch(/Armenia from week 3/);
    expect(casualties).toMatch(/war/);
    // The comparison covers the tree, so it has its own choice of the timeline shown: the game as
    // played, on the left now, beside its branch.
    const ids = await hook(() => [...document.querySelectorAll<HTMLOptionElement>('[data-hook="compare.shown"] option')].map((o) => [o.value, o.textContent ?? '']));
    const whole = ids.find(([, label]) => !/Armenia from week 3/.test(label))!;
    await d.page.selectOption('[data-hook="compare.shown"]', whole[0]);
    await d.page.waitForFunction((label) => document.querySelector('.compare-col h3')?.textContent?.startsWith(label) === true, whole[1]);
    expect(await hook(() => document.querySelectorAll('.compare-col h3')[1]?.textContent ?? '')).toMatch(/^Armenia from week 3/);
    await d.click('compare.close');
    expect(await d.locate('compare.view')).toBeNull();
    expect((await shownReplay())!.turns).toHaveLength(game.turns.length);
    await d.click('theatre.timeline.2');
    expect(await shownReplay()).toEqual(branch);
  });

  it('mounts the odds panel for the branch beside the game as played, from the week shown, and switches the timeline from it', async () => {
    await d.click('theatre.odds');
    await d.page.waitForFunction(() => window.karabakh.locate('odds.view') !== null);
    const heads = () => hook(() => [...document.querySelectorAll('[data-hook^="odds.column."] .odds-colhead')].map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ')));
    const picked = () => hook(() => { const s = document.querySelector<HTMLSelectElement>('[data-hook="odds.shown"]')!; return s.selectedOptions[0]?.textContent ?? ''; });
    // The branch is shown after its last week (4), so both play on from week 5.
    let h = await heads();
    expect(h).toHaveLength(2);
    expect(h[0]).toMatch(/\(as played\) from week 5 \(/);
    expect(h[1]).toMatch(/^Armenia from week 3 from week 5 \(/);
    expect(await picked()).toMatch(/Armenia from week 3/);
    // The odds cover the tree, so they have their own choice of the timeline shown.
    const options = await hook(() => [...document.querySelectorAll<HTMLOptionElement>('[data-hook="odds.shown"] option')].map((o) => [o.value, o.textContent ?? '']));
    const whole = options.find(([, label]) => !/Armenia from week 3/.test(label))!;
    const branchId = options.find(([, label]) => /Armenia from week 3/.test(label))!;
    await d.page.selectOption('[data-hook="odds.shown"]', whole[0]);
    await d.page.waitForFunction(() => document.querySelectorAll('[data-hook^="odds.column."] .odds-colhead').length === 1);
    expect((await shownReplay())!.turns).toHaveLength(game.turns.length);
    h = await heads();
    expect(h[0].startsWith(`${whole[1]} from week `)).toBe(true);
    expect(await picked()).toBe(whole[1]);
    // The weeks strip stays above the odds: a week picked there moves the odds with it.
    await d.click('theatre.week.2');
    await d.page.waitForFunction(() => /from week 3 \(/.test(document.querySelector('[data-hook="odds.column.0"] .odds-colhead')?.textContent ?? ''));
    await d.page.selectOption('[data-hook="odds.shown"]', branchId[0]);
    await d.page.waitForFunction(() => document.querySelectorAll('[data-hook^="odds.column."] .odds-colhead').length === 2);
    expect(await shownReplay()).toEqual(branch);
    // Week 2 is before the branch's own first week: both play on from week 4, where it parts.
    h = await heads();
    expect(h[0]).toMatch(/\(as played\) from week 4 \(/);
    expect(h[1]).toMatch(/from week 4 \(/);
    await d.click('odds.close');
    expect(await d.locate('odds.view')).toBeNull();
  });

  it('shares a link that replays the same game in a fresh browser context, and refuses it damaged', async () => {
    await d.click('share.link');
    await d.page.waitForFunction(() => window.karabakh.locate('share.url') !== null);
    const url = await d.page.locator('[data-hook="share.url"]').inputValue();
    expect(url).toMatch(/\?replay=[A-Za-z0-9_-]+$/);
    await answerDialog(d, 'ok');
    const context = await d.browser.newContext({ viewport: { width: 1024, height: 640 } });
    const fresh = drive(d.browser, await context.newPage(), () => context.close());
    try {
      await fresh.page.goto(url);
      await fresh.ready('theatre');
      expect(await fresh.page.evaluate(() => window.karabakh.replay())).toEqual(branch);
      expect(await fresh.page.evaluate(() => location.search)).toBe('');
      const damaged = url.replace(/(\?replay=.{40})./, '$1%');
      await fresh.page.goto(damaged);
      const refused = await dialogOf(fresh.page);
      expect(refused.title).toBe('This link cannot open a replay');
      expect(refused.text).toMatch(/damaged: character 41 \("%"\)/);
      await answerDialog(fresh, 'ok');
      await fresh.ready('menu');
      await fresh.page.goto(url.slice(0, url.length - 30));
      expect((await dialogOf(fresh.page)).text).toMatch(/damaged|cut short/);
      await answerDialog(fresh, 'ok');
      await fresh.ready('menu');
      expect(fresh.errors).toEqual([]);
    } finally {
      await fresh.close();
    }
    // A browser whose storage is full opens the link all the same, and says the timeline is not kept.
    const fullContext = await d.browser.newContext({ viewport: { width: 1024, height: 640 } });
    await fullContext.addInitScript(() => {
      const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!.value as (this: Storage, key: string, value: string) => void;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (this === window.localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    const full = drive(d.browser, await fullContext.newPage(), () => fullContext.close());
    try {
      await full.page.goto(url);
      await full.ready('theatre');
      const told = await dialogOf(full.page);
      expect(told.title).toBe('Some timelines could not be kept');
      expect(told.text).toMatch(/would not keep the timelines \(its storage is full or turned off\)/);
      await answerDialog(full, 'ok');
      expect(await full.page.evaluate(() => window.karabakh.replay())).toEqual(branch);
    } finally {
      await full.close();
    }
  });

  it('opens from the debrief of a finished game, and from a link to a stored timeline', async () => {
    const finished = gameFromReplay(game, { human: 'turkey', difficulty: 'normal' });
    if (!finished.ok) throw new Error(finished.message);
    expect(finished.session.state.ended).not.toBeNull();
    await d.page.evaluate(([k, v]) => localStorage.setItem(k, v), [AUTOSAVE_KEY, JSON.stringify(saveOf(finished.session))] as const);
    await d.click('theatre.menu');
    await d.ready('menu');
    await d.click('menu.continue');
    await d.ready('debrief');
    await d.click('debrief.theatre');
    await d.ready('theatre');
    expect(await shownHash()).toBe(hashState(finished.session.state));
    await d.page.goto(`${site}?theatre=t2`);
    await d.ready('theatre');
    expect(await shownReplay()).toEqual(branch);
    await d.page.goto(`${site}?theatre=t99`);
    expect((await dialogOf(d.page)).text).toMatch(/keeps no timeline "t99"/);
    await answerDialog(d, 'ok');
    await d.ready('menu');
    expect(d.errors).toEqual([]);
  });
});
