// The browser's bench figures: the built JavaScript's gzip size, and the time from navigation
// to the first interactive board (window.karabakh.ready in the board scene) on the built site in headless Chromium.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite, launchChromium, serveStatic } from '../../scripts/site';

export interface BrowserFigure {
  name: string;
  value: number;
  unit: string;
}

const LOAD_RUNS = 5;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));
}

export async function browserFigures(): Promise<BrowserFigure[]> {
  const out = mkdtempSync(join(tmpdir(), 'karabakh-bench-'));
  try {
    await buildSite(out);
    const gzip = jsFiles(out).reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    const served = await serveStatic(out);
    const browser = await launchChromium();
    const times: number[] = [];
    try {
      for (let i = 0; i < LOAD_RUNS; i++) {
        // A fresh context each run: nothing cached, no autosave.
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
        const page = await context.newPage();
        // The address starts a game at once, so this is load to the first interactive board.
        await page.goto(`${served.url}?play=azerbaijan&seed=bench`);
        await page.waitForFunction(() => window.karabakh?.scene === 'board' && window.karabakh.ready === true, null, { timeout: 30_000 });
        // readyAt is performance.now() at readiness: milliseconds since navigation started.
        times.push(await page.evaluate(() => window.karabakh.readyAt ?? NaN));
        await context.close();
      }
    } finally {
      await browser.close();
      await served.close();
    }
    times.sort((a, b) => a - b);
    return [
      { name: 'bundle_gzip_kb', value: Math.round(gzip / 1024), unit: 'KB' },
      { name: 'load_interactive_ms', value: Math.round(times[Math.floor(times.length / 2)]), unit: 'ms' },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
