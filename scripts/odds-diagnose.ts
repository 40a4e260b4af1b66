// Why the first odds run is slow: the bench's odds (continuations of a new 2020-war game from week
// 1) on the built site in headless Chromium, a fresh page, then again on the workers the page
// kept, with V8 flags and a number of workers of your choosing. A diagnosis, not a setting: a page
// cannot set V8's flags (docs/architecture.md, "Why the first run is slow").
// usage: node --import tsx scripts/odds-diagnose.ts [--js-flags "--no-turbofan"] [--workers N] [--games N] [--runs N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, launchChromium, serveStatic } from './site';

const arg = (name: string): string | null => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
const flags = arg('--js-flags');
const workers = Number(arg('--workers') ?? 0);
const games = Number(arg('--games') ?? 500);
const runs = Number(arg('--runs') ?? 2);
const out = mkdtempSync(join(tmpdir(), 'karabakh-odds-'));
await buildSite(out);
const served = await serveStatic(out);
const browser = await launchChromium(flags ? [`--js-flags=${flags}`] : []);
try {
  const page = await browser.newPage();
  // The pool takes one worker a core unless told otherwise; a page reads its cores here.
  if (workers > 0) await page.addInitScript((n) => Object.defineProperty(navigator, 'hardwareConcurrency', { value: n }), workers);
  await page.goto(served.url);
  await page.waitForFunction(() => window.karabakh?.scene === 'menu' && window.karabakh.ready === true, null, { timeout: 30_000 });
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  for (let run = 1; run <= runs; run++) {
    const r = await page.evaluate((n) => window.karabakh.odds('2020-war', 'bench', n), games);
    console.log(`run ${run}${run === 1 ? ' (fresh page)' : ' (kept workers)'}: ${games} games in ${(r.ms / 1000).toFixed(2)} s, ${(games / (r.ms / 1000)).toFixed(1)} games/s on ${cores} worker${cores === 1 ? '' : 's'}${flags ? `, V8 flags ${flags}` : ''}`);
  }
} finally {
  await browser.close();
  await served.close();
  rmSync(out, { recursive: true, force: true });
}
