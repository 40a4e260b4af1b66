// Makes docs/theatre.png, docs/theatre-compare.png and docs/theatre-odds.png from the built site in headless Chromium: a
// computer-played 2020 war opened from a share link, seen at week 6 by Armenia, then a branch
// (Armenia from week 2, three weeks played) compared with it, and the odds of both from the week shown.
// npx tsx scripts/theatre-shots.ts [--size 1280x720] [--out DIR]
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { playGame } from '../src/cli/game-loop';
import { SCENARIOS } from '../src/scenario';
import { encodeReplay } from '../src/ui/theatre/share-link';
import { buildSite, clickHook, launchChromium, ROOT, serveStatic } from './site';

async function main(): Promise<void> {
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
  const [width, height] = (arg('--size') ?? '1280x720').split('x').map(Number);
  const docs = arg('--out') ?? join(ROOT, 'docs');
  mkdirSync(docs, { recursive: true });
  const played = playGame(SCENARIOS['2020-war'], 'theatre-docs', { record: true });
  if (!played.ok || !played.game.replay) throw new Error(played.ok ? 'no replay' : played.message);
  const out = mkdtempSync(join(tmpdir(), 'karabakh-theatre-shots-'));
  await buildSite(out);
  const served = await serveStatic(out);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width, height } });
    const ready = (scene: string) => page.waitForFunction((s) => window.karabakh?.scene === s && window.karabakh.ready, scene, { timeout: 60_000 });
    const click = (id: string) => clickHook(page, id);
    await page.goto(`${served.url}?fast&replay=${await encodeReplay(played.game.replay)}`);
    await ready('theatre');
    await click('theatre.week.6');
    await click('theatre.perspective.armenia');
    await page.mouse.move(1, 1);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(docs, `theatre${width === 1280 ? '' : `-${width}`}.png`) });
    await click('theatre.week.2');
    await click('theatre.branch');
    await click('dialog.branch');
    for (let i = 0; i < 3; i++) {
      await ready('board');
      await click('board.endTurn');
      await click('dialog.ok');
    }
    await ready('board');
    await click('board.menu');
    await ready('menu');
    await click('theatre.open');
    await ready('theatre');
    await click('theatre.compare');
    await page.mouse.move(1, 1);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(docs, `theatre-compare${width === 1280 ? '' : `-${width}`}.png`) });
    // The odds of the branch beside the game as played, 100 continuations each.
    await click('compare.close');
    await click('theatre.odds');
    await page.locator('[data-hook="odds.runs"]').fill('100');
    await click('odds.run');
    await page.waitForFunction(() => [0, 1].every((i) => document.querySelector(`[data-hook="odds.column.${i}"]`)?.getAttribute('data-hashes')), null, { timeout: 120_000 });
    await page.mouse.move(1, 1);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(docs, `theatre-odds${width === 1280 ? '' : `-${width}`}.png`) });
  } finally {
    await browser.close();
    await served.close();
  }
}

await main();
