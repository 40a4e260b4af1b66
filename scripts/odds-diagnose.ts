// Why the first odds run is slow: the bench's odds (continuations of a new 2020-war game from week
// 1, src/cli/bench-browser.ts) on the built site in headless Chromium, a fresh page and then again
// on the workers the page kept, with V8 flags and a number of workers of your choosing. A
// diagnosis, not a setting: a page cannot set V8's flags (docs/architecture.md, "Why the first run
// is slow").
// usage: node --import tsx scripts/odds-diagnose.ts [--js-flags "--no-turbofan"] [--workers N] [--games N] [--runs N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { oddsRuns } from '../src/cli/bench-browser';
import { buildSite, launchChromium, serveStatic } from './site';

const arg = (name: string): string | null => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
const flags = arg('--js-flags');
const games = Number(arg('--games') ?? 500);
const out = mkdtempSync(join(tmpdir(), 'karabakh-odds-'));
await buildSite(out);
const served = await serveStatic(out);
const browser = await launchChromium(flags ? [`--js-flags=${flags}`] : []);
try {
  const { rates, workers } = await oddsRuns(browser, served.url, games, Number(arg('--runs') ?? 2), Number(arg('--workers') ?? 0) || undefined);
  rates.forEach((rate, i) => console.log(`run ${i + 1} (${i === 0 ? 'fresh page' : 'kept workers'}): ${games} games at ${rate.toFixed(1)} games/s on ${workers} worker${workers === 1 ? '' : 's'}${flags ? `, V8 flags ${flags}` : ''}`));
} finally {
  await browser.close();
  await served.close();
  rmSync(out, { recursive: true, force: true });
}
