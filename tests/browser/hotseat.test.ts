// Hot seat with real clicks: Azerbaijan's and Armenia's teams share one browser. Azerbaijan drafts
// an attack and hands over; nothing of it is in Armenia's page (text, attributes, canvas labels,
// hook); a reload mid-drafting opens on the hand-over screen, with Armenia's draft kept; both
// submit, and the turn resolves with both orders in a replay that verifies in Node.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseReplay, verifyReplay, type Order } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { openGame, type Driver } from './driver';

let d: Driver;

beforeAll(async () => {
  d = await openGame(inject('siteUrl'));
});

afterAll(async () => {
  await d?.close();
});

const status = () => d.page.evaluate(() => window.karabakh.hotseat());
/** Everything of the page a person or a script could read: the whole document, attributes included, and the canvas's texts. */
const pageText = () => d.page.evaluate(() => `${document.documentElement.outerHTML}\n${window.karabakh.labels().join('\n')}`);

/** The hand-over screen is up for this team, and nothing of any team's board is left. */
async function expectHandover(team: string): Promise<void> {
  await d.ready('handover');
  expect(await status()).toMatchObject({ drafting: team, handover: true });
  expect(await d.page.$eval('[data-hook="hotseat.title"]', (e) => e.textContent)).toContain(team === 'azerbaijan' ? 'Azerbaijan' : 'Armenia');
  const board = await d.page.evaluate(() => ({
    view: window.karabakh.view(),
    labels: window.karabakh.labels(),
    topbar: document.getElementById('topbar')!.childElementCount,
    side: document.getElementById('side')!.childElementCount,
  }));
  expect(board).toEqual({ view: null, labels: [], topbar: 0, side: 0 });
}

/** The team at the screen says it is ready; its board opens (after its playback, if any, skipped). */
async function takeSeat(team: string): Promise<void> {
  await d.click('hotseat.handover');
  await d.page.waitForFunction(() => (window.karabakh.scene === 'board' && window.karabakh.ready) || window.karabakh.locate('playback.skip') !== null, null, { timeout: 60_000 });
  const skip = await d.locate('playback.skip');
  if (skip) await d.page.mouse.click(skip.x, skip.y);
  await d.ready('board');
  expect(await d.page.evaluate(() => window.karabakh.view()?.viewer)).toBe(team);
  expect(await status()).toMatchObject({ drafting: team, handover: false });
}

/** Clicks a region of the team's with an order of this kind, then that order; returns its card's text and tip. */
async function draft(actor: string, kind: Order['kind']): Promise<{ title: string; tip: string }> {
  const region = await d.page.evaluate(
    ([a, k]) => {
      const v = window.karabakh.view()!;
      const enemy = new Set(v.wars.flatMap((w) => (w.a === a ? [w.b] : w.b === a ? [w.a] : [])));
      return v.regionOrder.find((id) => {
        const r = v.regions[id];
        return r.controller === a && r.forces.some((f) => f.actor === a) && (k !== 'attack' || r.neighbours.some((n) => enemy.has(v.regions[n].controller ?? '')));
      });
    },
    [actor, kind] as const,
  );
  expect(region).toBeTruthy();
  await d.click(`board.region.${region}`);
  await d.page.waitForSelector('[data-hook="order.0"]');
  const word = kind === 'attack' ? 'Attack' : 'Hold';
  const hook = await d.page.$$eval('[data-hook^="order."]', (els, w) => els.find((e) => (e.querySelector('b')?.textContent ?? '').includes(w))?.getAttribute('data-hook') ?? null, word);
  expect(hook).not.toBeNull();
  await d.click(hook!);
  await d.page.waitForSelector('.card.pending');
  // The card's title is the text beside any actor's name and odds; its tip the engine's sentence.
  return d.page.$eval('.card.pending', (e) => ({
    title: [...(e.querySelector('.t')?.childNodes ?? [])].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''),
    tip: e.getAttribute('data-tip') ?? '',
  }));
}

/** Submits the team's orders with the End turn button (confirming an empty turn). */
async function submit(): Promise<void> {
  await d.click('board.endTurn');
  await d.page.waitForFunction(() => window.karabakh.scene === 'handover' || window.karabakh.locate('dialog.ok') !== null);
  if ((await d.locate('dialog.ok')) !== null) await d.click('dialog.ok');
}

describe('hot seat: two teams at one screen', () => {
  let attack: { title: string; tip: string };
  let attackLabel: string;

  it('starts from the menu with the teams ticked, on the hand-over screen for the first team', async () => {
    await d.ready('menu');
    await d.click('menu.scenario.2020-war');
    await d.click('menu.hotseat');
    await d.page.waitForSelector('[data-hook="hotseat.actor.armenia"]');
    await d.click('hotseat.actor.armenia');
    await d.click('hotseat.actor.azerbaijan');
    await d.click('dialog.start');
    await expectHandover('azerbaijan');
    expect(await status()).toEqual({ humans: ['azerbaijan', 'armenia'], drafting: 'azerbaijan', handover: true });
  });

  it('Azerbaijan drafts an attack on its own view and hands over', async () => {
    await takeSeat('azerbaijan');
    const before = await d.page.evaluate(() => window.karabakh.labels());
    attack = await draft('azerbaijan', 'attack');
    expect(attack.title).toMatch(/^Attack/);
    // The attack's arrow carries its odds on the board: a label Armenia's board must not have.
    const after = await d.page.evaluate(() => window.karabakh.labels());
    const added = after.filter((l) => !before.includes(l));
    expect(added.some((l) => /^\d+%$/.test(l))).toBe(true);
    attackLabel = added.find((l) => /^\d+%$/.test(l))!;
    expect(await d.page.$eval('[data-hook="board.endTurn"]', (e) => e.textContent)).toContain('Hand over to Armenia');
    await submit();
    await expectHandover('armenia');
    const text = await pageText();
    expect(text).not.toContain(attack.title);
    expect(text).not.toContain(attack.tip);
  });

  it('Armenia’s board shows Armenia’s view and nothing of Azerbaijan’s order', async () => {
    await takeSeat('armenia');
    const text = await pageText();
    expect(text).not.toContain(attack.title);
    expect(text).not.toContain(attack.tip);
    expect(await d.page.evaluate(() => window.karabakh.labels())).not.toContain(attackLabel);
    expect(await d.page.$$eval('.card.pending', (els) => els.length)).toBe(0);
    const hook = await d.page.evaluate(() => JSON.stringify([window.karabakh.view(), window.karabakh.replay(), window.karabakh.hotseat()]));
    expect(hook).not.toContain(attack.tip);
    expect(await d.page.evaluate(() => window.karabakh.replay()?.turns.length)).toBe(0);
  });

  it('a reload mid-drafting opens on the hand-over screen, then gives Armenia its draft back', async () => {
    const armenian = await draft('armenia', 'hold');
    await d.page.reload();
    await d.ready('menu');
    expect(await pageText()).not.toContain(armenian.tip);
    await d.click('menu.continue');
    await expectHandover('armenia');
    expect(await pageText()).not.toContain(armenian.tip);
    await takeSeat('armenia');
    expect(await d.page.$$eval('.card.pending', (els) => els.map((e) => e.getAttribute('data-tip')))).toEqual([armenian.tip]);
    expect(await pageText()).not.toContain(attack.tip);
  });

  it('the last team ends the week: it resolves with both teams’ orders, in a replay that verifies', async () => {
    expect(await d.page.$eval('[data-hook="board.endTurn"]', (e) => e.textContent)).toContain('End the week');
    await submit();
    await expectHandover('azerbaijan');
    await takeSeat('azerbaijan');
    const [replay, hash] = await d.page.evaluate(() => [window.karabakh.replay(), window.karabakh.hash()] as const);
    const parsed = parseReplay(JSON.parse(JSON.stringify(replay)));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.replay.turns).toHaveLength(1);
    const orders = parsed.replay.turns[0].orders;
    expect(orders.azerbaijan.map((o) => o.kind)).toEqual(['attack']);
    expect([...(orders.armenia ?? []), ...(orders.artsakh ?? [])].map((o) => o.kind)).toEqual(['hold']);
    expect(verifyReplay(parsed.replay, SCENARIOS['2020-war'])).toMatchObject({ ok: true, finalHash: hash });
    // Azerbaijan's board opens on its news of the week.
    expect(await d.locate('pane.news')).not.toBeNull();
  });

  it('logged no console errors', () => {
    expect(d.errors).toEqual([]);
  });
});
