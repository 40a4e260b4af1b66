// Makes docs/support.png: the patron's Support tab (Turkey, 2020-war, second week) in headless
// Chromium, with a package drafted with strings, to check its controls fit the screen:
// npx tsx scripts/support-shot.ts [--size 1024x768]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, clickHook, launchChromium, ROOT, serveStatic } from './site';

async function main(): Promise<void> {
  const sizeArg = process.argv.indexOf('--size');
  const [width, height] = (sizeArg > 0 ? process.argv[sizeArg + 1] : '1024x768').split('x').map(Number);
  const out = mkdtempSync(join(tmpdir(), 'karabakh-support-'));
  await buildSite(out);
  const served = await serveStatic(out);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${served.url}?play=turkey&scenario=2020-war&seed=docs&fast`);
    await page.waitForFunction(() => window.karabakh.scene === 'board' && window.karabakh.ready, null, { timeout: 60_000 });
    const click = (id: string) => clickHook(page, id);
    await click('tab.support');
    await page.selectOption('[data-hook="support.size"]', '2');
    await page.selectOption('[data-hook="support.strings"]', 'refuse-ceasefire');
    await click('support.add');
    await click('tab.support');
    await page.mouse.move(5, height - 5);
    await page.screenshot({ path: join(ROOT, 'docs', 'support.png') });
    console.log(`wrote docs/support.png (${width}x${height})`);
  } finally {
    await browser.close();
    await served.close();
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
