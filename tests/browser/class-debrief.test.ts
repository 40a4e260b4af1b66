// The class debrief in Chromium, by real clicks: a record of two boards played by the computer
// opens, its tabs show Shusha's card and history, and every export downloads: the HTML report
// (no scripts, print rules), the scores CSV and a board's replay, which verifies in Node; a board
// opens in the replay theatre in a new tab.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/site';
import { THEATRE_KEY } from '../../src/ui/theatre/tree-store';
import { simRecord } from '../report/record';
import { drive, type Driver } from './driver';

const ROOT = resolve(import.meta.dirname, '../..');
const ORIGIN = 'http://debrief.test';
let d: Driver;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'karabakh-debrief-'));
  const bundle = await build({ entryPoints: [join(ROOT, 'tests/browser/debrief-page.ts')], bundle: true, write: false, format: 'esm', target: 'es2022', logLevel: 'warning' });
  const script = bundle.outputFiles[0].text;
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  // On the context, so that a tab the page opens (a board in the replay theatre) is served too.
  await page.context().route(`${ORIGIN}/**`, (route) => {
    const url = route.request().url();
    if (url.endsWith('/page.js')) return route.fulfill({ contentType: 'text/javascript', body: script });
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module" src="/page.js"></script></body></html>' });
  });
  d = drive(browser, page, () => browser.close());
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => typeof window.openRecord === 'function');
  await page.evaluate((record) => window.openRecord(record), simRecord(['1', '3']));
  await d.ready('debrief.class');
});

afterAll(async () => {
  await d?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function download(id: string): Promise<{ name: string; text: string; path: string }> {
  const [file] = await Promise.all([d.page.waitForEvent('download'), d.click(id)]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

describe('class debrief', () => {
  it('opens from a record with the boards compared side by side', async () => {
    const text = await d.page.locator('[data-hook="debrief.body"]').innerText();
    expect(text).toContain('The boards compared');
    expect(text).toContain('Board 1');
    expect(text).toContain('Board 2');
  });

  it('shows why Shusha fell on the chosen board, and aims beside a fixed history', async () => {
    await d.click('debrief.tab.decisive');
    await d.click('debrief.board.2');
    const card = await d.page.locator('[data-hook="debrief.body"]').innerText();
    expect(card).toMatch(/Why Shusha \(Shushi\) (fell|held)/);
    // The week of the verdict is the week of the fight it names.
    const week = /fell in week (\d+)/.exec(card)?.[1];
    if (week) expect(card).toContain(`Week ${week}\t`);
    else expect(card).toMatch(/held/);
    await d.click('debrief.tab.aims');
    expect(await d.page.locator('[data-hook="debrief.body"]').innerText()).toContain('History (2020)');
  });

  it('exports an HTML report that needs no script and prints with page breaks', async () => {
    const html = await download('debrief.export.html');
    expect(html.name).toMatch(/\.report\.html$/);
    expect(html.text).not.toMatch(/<script/i);
    expect(html.text).toContain('@media print');
    expect(html.text).toContain('break-before: page');
    expect(html.text).toContain('Why Shusha (Shushi) fell');
  });

  it('exports the scores as CSV with the team name quoted', async () => {
    const csv = await download('debrief.export.csv');
    expect(csv.text.split('\r\n')[0]).toMatch(/^board,actor,team,points/);
    expect(csv.text).toContain('"Team ""Baku"", 1st"');
  });

  it('opens a board in the replay theatre in a new tab, keeping it in this browser\'s timelines', async () => {
    const [tab] = await Promise.all([d.page.waitForEvent('popup'), d.click('debrief.theatre.2')]);
    await tab.waitForURL(/[?&]theatre=/);
    const id = new URL(tab.url()).searchParams.get('theatre');
    expect(id).toMatch(/^t\d+$/);
    const stored = JSON.parse((await d.page.evaluate((k) => localStorage.getItem(k), THEATRE_KEY)) ?? '{}') as { timelines: { id: string; label: string; replay: { turns: unknown[] } }[] };
    const timeline = stored.timelines.find((t) => t.id === id);
    expect(timeline?.label).toMatch(/Board 2/);
    expect(timeline?.replay.turns.length).toBeGreaterThan(0);
    await tab.close();
  });

  it('exports a board’s replay that npm run replay verifies in Node', async () => {
    const replay = await download('debrief.export.replay.2');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/replay.ts', replay.path], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(d.errors).toEqual([]);
  });
});
