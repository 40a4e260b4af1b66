// Screens of class mode for a look by eye: the facilitator's console (its tabs and the inject
// form), a team's press drawer and the projector, at one size, into a folder:
// npx tsx scripts/class-screenshots.ts [--size 1280x720] [--out DIR]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchServer } from '../src/server/launch';
import { buildSite, clickHook, launchChromium } from './site';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};

const click = (page: Page, id: string): Promise<void> => clickHook(page, id, 60_000);

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await click(page, id);
  await page.keyboard.type(text);
}

const ready = (page: Page, scene: string) => page.waitForFunction((s) => window.karabakh?.scene === s && window.karabakh.ready, scene, { timeout: 60_000 });

async function main(): Promise<void> {
  const [width, height] = arg('--size', '1280x720').split('x').map(Number);
  const out = arg('--out', join(tmpdir(), 'karabakh-class-shots'));
  mkdirSync(out, { recursive: true });
  const site = mkdtempSync(join(tmpdir(), 'karabakh-site-'));
  const data = mkdtempSync(join(tmpdir(), 'karabakh-data-'));
  await buildSite(site);
  const server = await launchServer(['--port', '0', '--data', data, '--static', site]);
  const base = `http://127.0.0.1:${server.port}/`;
  const browser = await launchChromium();
  try {
    const fac = await (await browser.newContext({ viewport: { width, height } })).newPage();
    await fac.goto(`${base}?fast`);
    await ready(fac, 'menu');
    await click(fac, 'menu.class.host');
    for (const a of ['azerbaijan', 'armenia']) await click(fac, `host.actor.${a}`);
    await fac.selectOption('[data-hook="host.worlds"]', '2');
    await fac.screenshot({ path: join(out, `host-${width}.png`) });
    await click(fac, 'host.start');
    await ready(fac, 'board');
    const code = (await fac.evaluate(() => window.karabakh.classCode()))!;
    const az = await (await browser.newContext({ viewport: { width, height } })).newPage();
    await az.goto(`${base}?fast&class=${code}`);
    await typeInto(az, 'join.team', 'Caspian');
    await click(az, 'join.submit');
    await click(az, 'join.actor.azerbaijan');
    await ready(az, 'board');
    await click(fac, 'facilitator.start');
    await az.waitForFunction(() => /Submit/.test(document.querySelector('[data-hook="board.endTurn"]')?.textContent ?? ''));
    await click(az, 'press.open');
    await click(az, 'press.to.armenia');
    await typeInto(az, 'press.text', 'Our envoy can meet yours in Moscow on Friday. <i>Not</i> a trap.');
    await click(az, 'press.send');
    await az.waitForSelector('[data-hook="press.inbox.0"]');
    await az.screenshot({ path: join(out, `press-${width}.png`) });
    await click(fac, 'facilitator.deadline.extend');
    await fac.waitForSelector('[data-hook="facilitator.deadline.cut"]');
    await fac.screenshot({ path: join(out, `console-class-${width}.png`) });
    await click(fac, 'facilitator.inject');
    await click(fac, 'inject.kind.custom');
    await click(fac, 'inject.effect.add');
    await click(fac, 'inject.effect.add');
    await fac.screenshot({ path: join(out, `inject-${width}.png`) });
    await click(fac, 'inject.cancel');
    await click(fac, 'facilitator.override');
    await fac.screenshot({ path: join(out, `override-${width}.png`) });
    await click(fac, 'override.cancel');
    await click(fac, 'facilitator.tab.orders');
    await fac.screenshot({ path: join(out, `console-orders-${width}.png`) });
    await click(fac, 'facilitator.tab.press');
    await fac.screenshot({ path: join(out, `console-press-${width}.png`) });
    const proj = await (await browser.newContext({ viewport: { width, height } })).newPage();
    await proj.goto(`${base}?fast&class=${code}&projector`);
    await ready(proj, 'board');
    await proj.waitForSelector('[data-hook="projector"]');
    await proj.screenshot({ path: join(out, `projector-${width}.png`) });
    console.log(`screens in ${out}`);
  } finally {
    await browser.close();
    await server.kill();
    rmSync(site, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
}

void main();
