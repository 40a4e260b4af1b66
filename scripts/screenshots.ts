// Makes docs/board.png, docs/debrief.png and the hot seat's docs/hotseat-handover.png and
// docs/hotseat-board.png from the built site in headless Chromium:
// npx tsx scripts/screenshots.ts [--size 1280x720]
// With --panels, instead: the side panel playing Turkey at that size (aims open, the Support tab
// with a drafted package, the News tab after a turn) in docs/panel-{aims,support,news}-<width>.png;
// with --actor russia (or another patron), that actor's in docs/panel-russia-{aims,support,news}-<width>.png.
// With --odds, instead: the debrief's odds panel in docs/odds-<width>.png (scripts/odds-shot.ts).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { oddsShot } from './odds-shot';
import { buildSite, clickHook, launchChromium, ROOT, serveStatic } from './site';

async function main(): Promise<void> {
  const sizeArg = process.argv.indexOf('--size');
  const [width, height] = (sizeArg > 0 ? process.argv[sizeArg + 1] : '1280x720').split('x').map(Number);
  const out = mkdtempSync(join(tmpdir(), 'karabakh-shots-'));
  const docs = join(ROOT, 'docs');
  mkdirSync(docs, { recursive: true });
  await buildSite(out);
  const served = await serveStatic(out);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width, height } });
    if (process.argv.includes('--odds')) {
      await oddsShot(page, served.url, docs, width);
      return;
    }
    if (process.argv.includes('--panels')) {
      const actorArg = process.argv.indexOf('--actor');
      await panelShots(page, served.url, docs, width, actorArg > 0 ? process.argv[actorArg + 1] : 'turkey');
      return;
    }
    await page.goto(`${served.url}?play=azerbaijan&scenario=2020-war&seed=docs&fast`);
    const ready = () => page.waitForFunction(() => window.karabakh.scene === 'board' && window.karabakh.ready, null, { timeout: 60_000 });
    const click = (id: string) => clickHook(page, id);
    const endTurn = async () => {
      const t = await page.evaluate(() => window.karabakh.view()!.turn);
      await click('board.endTurn');
      await page.waitForFunction((x) => window.karabakh.locate('dialog.ok') !== null || window.karabakh.view()!.turn > x, t);
      if ((await page.evaluate(() => window.karabakh.view()!.turn)) === t) await click('dialog.ok');
      await page.waitForFunction(() => (window.karabakh.scene === 'board' && window.karabakh.ready) || window.karabakh.locate('dialog.ok') !== null, null, { timeout: 60_000 });
    };
    await ready();
    await endTurn();
    // Pick a front-line region of ours and order its attack, so the board shows an arrow with odds.
    const region = await page.evaluate(() => {
      const v = window.karabakh.view()!;
      return v.regionOrder.find((id) => v.regions[id].controller === 'azerbaijan' && v.regions[id].neighbours.some((n) => ['armenia', 'artsakh'].includes(v.regions[n].controller ?? '')) && v.regions[id].forces.some((f) => f.actor === 'azerbaijan'));
    });
    if (region) {
      await click(`board.region.${region}`);
      const hook = await page.$$eval('[data-hook^="order."]', (els) => els.find((e) => (e.textContent ?? '').startsWith('Attack'))?.getAttribute('data-hook') ?? null);
      if (hook) await click(hook);
    }
    await page.mouse.move(5, height - 5);
    await page.screenshot({ path: join(docs, 'board.png') });
    for (let guard = 0; guard < 40 && (await page.evaluate(() => window.karabakh.locate('dialog.ok'))) === null; guard++) await endTurn();
    await click('dialog.ok');
    await page.waitForFunction(() => window.karabakh.scene === 'debrief' && window.karabakh.ready, null, { timeout: 60_000 });
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(docs, 'debrief.png') });
    // Hot seat, in a fresh page (no autosave): Azerbaijan and Armenia; Azerbaijan hands over to Armenia.
    await page.close();
    const hot = await browser.newPage({ viewport: { width, height } });
    await hot.goto(`${served.url}?fast`);
    const at = (id: string) => clickHook(hot, id);
    const scene = (name: string) => hot.waitForFunction((s) => window.karabakh.scene === s && window.karabakh.ready, name, { timeout: 60_000 });
    await scene('menu');
    for (const id of ['menu.hotseat', 'hotseat.actor.azerbaijan', 'hotseat.actor.armenia', 'dialog.start', 'hotseat.handover', 'board.endTurn', 'dialog.ok']) await at(id);
    await scene('handover');
    await hot.screenshot({ path: join(docs, 'hotseat-handover.png') });
    await at('hotseat.handover');
    await scene('board');
    const held = await hot.evaluate(() => window.karabakh.view()!.regionOrder.find((id) => window.karabakh.locate(`board.region.${id}`) !== null && window.karabakh.view()!.regions[id].forces.some((f) => f.actor === 'armenia')));
    if (held) {
      await at(`board.region.${held}`);
      await at('order.0');
    }
    await hot.mouse.move(5, height - 5);
    await hot.screenshot({ path: join(docs, 'hotseat-board.png') });
    console.log(`wrote docs/board.png, docs/debrief.png, docs/hotseat-handover.png and docs/hotseat-board.png (${width}x${height})`);
  } finally {
    await browser.close();
    await served.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/** The side panel, playing Turkey: aims open, a drafted package in the Support tab, the News after a turn. */
async function panelShots(page: Page, url: string, docs: string, width: number, actor: string): Promise<void> {
  const stem = actor === 'turkey' ? 'panel' : `panel-${actor}`;
  await page.goto(`${url}?play=${actor}&scenario=2020-war&seed=docs&fast`);
  const click = (id: string) => clickHook(page, id);
  const shoot = async (what: string) => {
    await page.mouse.move(5, 5);
    const box = await page.locator('#side').boundingBox();
    await page.screenshot({ path: join(docs, `${stem}-${what}-${width}.png`), clip: box! });
  };
  await page.waitForFunction(() => window.karabakh.scene === 'board' && window.karabakh.ready, null, { timeout: 60_000 });
  await click('aims.toggle');
  await shoot('aims');
  await click('aims.toggle');
  await click('tab.support');
  await page.selectOption('[data-hook="support.size"]', '2');
  await click('support.add');
  await click('tab.support');
  await shoot('support');
  await click('board.endTurn');
  await page.waitForFunction(() => window.karabakh.view()!.turn > 0 && window.karabakh.ready, null, { timeout: 60_000 });
  await click('tab.news');
  await shoot('news');
  console.log(`wrote docs/${stem}-{aims,support,news}-${width}.png`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
