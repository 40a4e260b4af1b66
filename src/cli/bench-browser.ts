// The browser's bench figures: the gzip size of the JavaScript the single-player page loads at start
// (class mode's screens and network client load later, only for a class), and the time from
// navigation to the first interactive board (window.karabakh.ready in the board scene) on the built
// site in headless Chromium.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildSite, launchChromium, serveStatic } from '../../scripts/site';
import { END_TURN_MEASURE } from '../ui/hook';
import { gzipBytes, initialScripts } from './initial-load';

export interface BrowserFigure {
  name: string;
  value: number;
  unit: string;
  /** How the value was taken, for the readable table. */
  note?: string;
}

const LOAD_RUNS = 5;
const TURNS = 7;
/** Continuations of the odds figure: the theatre's default. */
const ODDS_GAMES = 500;

/**
 * The odds in the browser: `games` continuations of a new 2020-war game from week 1, played in Web
 * Workers (one per core, or `workers`) on the built site, each run from the request to the last
 * summary (workers' start included), `runs` times in one page: the first on a fresh page, whose
 * workers compile the engine and the computer's code as they play, the next on the workers the
 * page kept (as a second run in the theatre or the debrief does within ten minutes of the first).
 * The bench takes two runs; scripts/odds-diagnose.ts any number, under V8 flags of its choosing.
 */
export async function oddsRuns(browser: Browser, url: string, games: number, runs: number, workers?: number, around?: (when: 'before' | 'after', run: number) => void): Promise<{ rates: number[]; workers: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (workers) await page.addInitScript((n) => Object.defineProperty(navigator, 'hardwareConcurrency', { value: n }), workers);
  await page.goto(url);
  await page.waitForFunction(() => window.karabakh?.scene === 'menu' && window.karabakh.ready === true, null, { timeout: 30_000 });
  const rates: number[] = [];
  for (let run = 0; run < runs; run++) {
    around?.('before', run);
    const r = await page.evaluate(async (n) => window.karabakh.odds('2020-war', 'bench', n), games);
    around?.('after', run);
    if (r.hashes.length !== games) throw new Error(`bench: the odds gave ${r.hashes.length} games of ${games}`);
    rates.push(games / (r.ms / 1000));
  }
  const used = await page.evaluate(() => navigator.hardwareConcurrency);
  await context.close();
  return { rates, workers: used };
}

/**
 * End turn → next orders phase, excluding animation: playing Azerbaijan in the long scenario with
 * `fast` (no playback), press End turn with the mouse TURNS times; the board records each turn's
 * time from the press to the next orders phase drawn (performance measure END_TURN_MEASURE). Every
 * other actor's orders are chosen by the computer and the turn resolves in the page, as in a
 * player's game.
 */
async function endTurnTimes(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${url}?play=azerbaijan&scenario=2020-full&seed=bench&fast`);
  await page.waitForFunction(() => window.karabakh?.scene === 'board' && window.karabakh.ready === true, null, { timeout: 30_000 });
  for (let i = 0; i < TURNS; i++) {
    const turn = await page.evaluate(() => window.karabakh.view()!.turn);
    const button = await page.evaluate(() => window.karabakh.locate('board.endTurn'));
    if (!button) throw new Error('bench: no End turn button on the board');
    await page.mouse.click(button.x, button.y);
    // No orders were given, so the game asks to confirm; the time starts after the confirmation.
    await page.waitForFunction(() => window.karabakh.locate('dialog.ok') !== null, null, { timeout: 30_000 });
    const ok = await page.evaluate(() => window.karabakh.locate('dialog.ok'));
    await page.mouse.click(ok!.x, ok!.y);
    await page.waitForFunction((t) => (window.karabakh.ready === true && (window.karabakh.view()?.turn ?? t) > t) || (window.karabakh.view()?.ended ?? null) !== null, turn, { timeout: 30_000 });
    if (await page.evaluate(() => window.karabakh.view()!.ended !== null)) break;
  }
  const times = await page.evaluate((name) => performance.getEntriesByName(name, 'measure').map((m) => m.duration), END_TURN_MEASURE);
  await context.close();
  if (times.length === 0) throw new Error('bench: the board recorded no end-turn times');
  return times;
}

/** Every built script, those loaded later included. */
function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));
}

export async function browserFigures(quick: boolean): Promise<BrowserFigure[]> {
  const out = mkdtempSync(join(tmpdir(), 'karabakh-bench-'));
  try {
    await buildSite(out);
    const page = join(out, 'index.html');
    const start = initialScripts(page);
    const gzip = gzipBytes(start);
    const scripts = start.length;
    const later = gzipBytes(jsFiles(out).filter((f) => !start.includes(f)));
    const served = await serveStatic(out);
    const browser = await launchChromium();
    const times: number[] = [];
    let turns: number[] = [];
    let odds = { rates: [0, 0], workers: 0 };
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
      turns = await endTurnTimes(browser, served.url);
      odds = await oddsRuns(browser, served.url, quick ? ODDS_GAMES / 5 : ODDS_GAMES, 2);
    } finally {
      await browser.close();
      await served.close();
    }
    times.sort((a, b) => a - b);
    turns.sort((a, b) => a - b);
    return [
      { name: 'bundle_gzip_kb', value: Math.round(gzip / 1024), unit: 'KB', note: `gzip -9 of what the single-player page loads at start (${scripts} file${scripts === 1 ? '' : 's'}); class mode, the replay theatre and the odds workers load ${Math.round(later / 1024)} KB more by import() when used` },
      { name: 'load_interactive_ms', value: Math.round(times[Math.floor(times.length / 2)]), unit: 'ms' },
      { name: 'end_turn_ms', value: Math.round(turns[Math.floor(turns.length / 2)]), unit: 'ms', note: `median of ${turns.length} turns, slowest ${Math.round(turns[turns.length - 1])}` },
      { name: 'odds_games_per_s_browser', value: Math.round(odds.rates[0] * 10) / 10, unit: 'games/s', note: `${quick ? ODDS_GAMES / 5 : ODDS_GAMES} continuations of 2020-war from week 1 on ${odds.workers} workers, a fresh page` },
      { name: 'odds_games_per_s_browser_warm', value: Math.round(odds.rates[1] * 10) / 10, unit: 'games/s', note: 'the same run again on the workers the page kept' },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
