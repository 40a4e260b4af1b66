// A person plays: start as Azerbaijan with real clicks, give an order on the board, draft a
// ceasefire to Armenia in the Diplomacy tab, end three turns, read the news; then play on to the
// debrief and export a replay that verifies in Node.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseReplay, verifyReplay } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { END_TURN_MEASURE } from '../../src/ui/hook';
import { openGame, type Driver } from './driver';

let d: Driver;

beforeAll(async () => {
  d = await openGame(inject('siteUrl'));
});

afterAll(async () => {
  await d?.close();
});

const turnOf = () => d.page.evaluate(() => window.karabakh.view()?.turn ?? -1);

/** Ends the turn like a player: End turn, confirm an empty turn, skip the playback. */
async function endTurn(): Promise<void> {
  const before = await turnOf();
  await d.click('board.endTurn');
  await d.page.waitForFunction((t) => window.karabakh.locate('dialog.ok') !== null || (window.karabakh.view()?.turn ?? 0) > t, before);
  if ((await turnOf()) === before) await d.click('dialog.ok');
  await d.page.waitForFunction((t) => (window.karabakh.view()?.turn ?? 0) > t, before, { timeout: 60_000 });
  const skip = await d.locate('playback.skip');
  if (skip) await d.page.mouse.click(skip.x, skip.y);
  await d.page.waitForFunction(() => (window.karabakh.scene === 'board' && window.karabakh.ready) || window.karabakh.locate('dialog.ok') !== null, null, { timeout: 60_000 });
}

describe('playing Azerbaijan in the browser', () => {
  it('starts from the menu by mouse clicks', async () => {
    await d.ready('menu');
    await d.click('menu.scenario.2020-war');
    await d.click('menu.actor.azerbaijan');
    await d.click('menu.start');
    await d.ready('board');
    const view = await d.page.evaluate(() => window.karabakh.view());
    expect(view?.viewer).toBe('azerbaijan');
    expect(view?.turn).toBe(0);
  });

  it('gives an order on the board and it is listed for review', async () => {
    // A region of ours that borders an enemy-held one: click it on the map.
    const region = await d.page.evaluate(() => {
      const v = window.karabakh.view()!;
      const enemy = new Set(v.wars.flatMap((w) => (w.a === 'azerbaijan' ? [w.b] : w.b === 'azerbaijan' ? [w.a] : [])));
      return v.regionOrder.find((id) => {
        const r = v.regions[id];
        return r.controller === 'azerbaijan' && r.forces.some((f) => f.actor === 'azerbaijan') && r.neighbours.some((n) => enemy.has(v.regions[n].controller ?? ''));
      });
    });
    expect(region).toBeTruthy();
    await d.click(`board.region.${region}`);
    await d.page.waitForSelector('[data-hook="order.0"]');
    const labels = await d.page.$$eval('[data-hook^="order."]', (els) => els.map((e) => [e.getAttribute('data-hook')!, e.textContent ?? '']));
    const attack = labels.find(([, t]) => t.startsWith('Attack')) ?? labels.find(([, t]) => t.startsWith('Move')) ?? labels[0];
    await d.click(attack[0]);
    await d.page.waitForSelector('[data-hook="orders.remove.0"]');
    expect(await d.page.$$eval('.card.pending', (els) => els.length)).toBe(1);
  });

  it('drafts its own proposal in the Diplomacy tab: a ceasefire to Armenia joins this turn’s orders', async () => {
    // Panes scroll: bring an HTML target into view before clicking where locate() says it is.
    const reveal = (id: string) => d.page.$eval(`[data-hook="${id}"]`, (e) => e.scrollIntoView({ block: 'center' }));
    await d.click('tab.diplomacy');
    await d.page.waitForSelector('[data-hook="drafter.open"]');
    await reveal('drafter.open');
    await d.click('drafter.open');
    await d.page.waitForSelector('[data-hook="drafter.kind"]');
    await d.page.selectOption('[data-hook="drafter.kind"]', 'settlement');
    await d.page.waitForSelector('[data-hook="drafter"] table.transfers');
    await d.page.selectOption('[data-hook="drafter.kind"]', 'ceasefire');
    await d.page.waitForFunction(() => !document.querySelector('[data-hook="drafter"] table.transfers'));
    // Addressed to Armenia alone: click the addressee boxes that need changing.
    const boxes = await d.page.$$eval('[data-hook^="drafter.to."]', (els) => els.map((e) => [e.getAttribute('data-hook')!, (e.querySelector('input') as HTMLInputElement).checked] as const));
    expect(boxes.map(([id]) => id)).toContain('drafter.to.armenia');
    for (const [id, checked] of boxes) {
      if (checked !== (id === 'drafter.to.armenia')) {
        await reveal(id);
        await d.click(id);
      }
    }
    await reveal('drafter.submit');
    await d.click('drafter.submit');
    await d.page.waitForFunction(() => window.karabakh.locate('drafter.submit') === null && window.karabakh.locate('drafter.open') !== null);
    await d.click('tab.orders');
    await d.page.waitForFunction(() => document.querySelectorAll('.card.pending').length === 2);
    const cards = await d.page.$$eval('.card.pending', (els) => els.map((e) => [e.textContent ?? '', e.getAttribute('data-tip') ?? '']));
    const proposal = cards.find(([t]) => t.includes('ceasefire'));
    expect(proposal?.[1]).toContain('Armenia');
    expect(proposal?.[1]).not.toContain('Artsakh');
  });

  it('ends three turns: the date advances and the news has entries', async () => {
    const date0 = await d.page.evaluate(() => window.karabakh.view()!.date);
    for (let i = 0; i < 3; i++) await endTurn();
    const view = await d.page.evaluate(() => window.karabakh.view()!);
    expect(view.turn).toBe(3);
    expect(view.date > date0).toBe(true);
    const shown = await d.page.$eval('[data-hook="board.date"]', (e) => e.textContent);
    expect(shown).not.toContain('27 September');
    await d.page.waitForSelector('.news');
    expect(await d.page.$$eval('.news', (els) => els.length)).toBeGreaterThan(0);
    // Each turn left the bench its time from End turn to the next orders, playback excluded.
    const measured = await d.page.evaluate((name) => performance.getEntriesByName(name, 'measure').map((m) => m.duration), END_TURN_MEASURE);
    expect(measured).toHaveLength(3);
    for (const ms of measured) expect(ms).toBeGreaterThan(0);
  });

  it('has a replay that verifies in Node with the same hash as the page', async () => {
    const [replay, hash] = await d.page.evaluate(() => [window.karabakh.replay(), window.karabakh.hash()] as const);
    const parsed = parseReplay(JSON.parse(JSON.stringify(replay)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const res = verifyReplay(parsed.replay, SCENARIOS['2020-war']);
    expect(res).toMatchObject({ ok: true, finalHash: hash });
    expect(parsed.replay.turns).toHaveLength(3);
  });

  it('plays to the debrief and exports the replay as a file that verifies', async () => {
    for (let guard = 0; guard < 40 && (await d.locate('dialog.ok')) === null; guard++) await endTurn();
    await d.click('dialog.ok');
    await d.ready('debrief');
    const [download] = await Promise.all([d.page.waitForEvent('download'), d.click('debrief.export')]);
    const file = await download.path();
    const parsed = parseReplay(JSON.parse(readFileSync(file, 'utf8')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const res = verifyReplay(parsed.replay, SCENARIOS['2020-war']);
    const hash = await d.page.evaluate(() => window.karabakh.hash());
    expect(res).toMatchObject({ ok: true, finalHash: hash });
    expect(await d.locate('debrief.restart')).not.toBeNull();
  });

  it('logged no console errors', () => {
    expect(d.errors).toEqual([]);
  });
});
