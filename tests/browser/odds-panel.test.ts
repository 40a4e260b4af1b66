// The odds panel and the turning points in the single-player debrief, by real clicks: a finished
// game saved in the browser opens at its debrief; the odds panel runs a few continuations in
// Web Workers, shows progress to the end and draws its charts, with the same games Node plays from
// that week; while a run goes on, the charts fill in with the games so far; a cancelled run puts
// back the figures as they were; a panel opened again draws at once;
// the turning points run with progress and list the weeks Node ranks first; two columns (two
// weeks) play at once and fill in together.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { playContinuations } from '../../src/analysis/continuations';
import { playTurning } from '../../src/analysis/game-turning';
import { parseReplay } from '../../src/engine';
import { playWorld } from '../../src/report/world';
import { SCENARIOS } from '../../src/scenario';
import { gameFromReplay, saveOf } from '../../src/ui/save';
import { AUTOSAVE_KEY } from '../../src/ui/store';
import { openGame, type Driver } from './driver';

const FILE = 'tests/fixtures/golden-2020-war.replay.json';
const text = readFileSync(FILE, 'utf8');
const parsed = parseReplay(JSON.parse(text));
if (!parsed.ok) throw new Error(parsed.message);
const played = playWorld(parsed.replay, SCENARIOS['2020-war']);
if (!played.ok) throw new Error(played.message);
const world = played.world;

let d: Driver;

const attr = (id: string, name: string) => d.page.evaluate(([i, n]) => document.querySelector(`[data-hook="${i}"]`)?.getAttribute(n) ?? null, [id, name]);
const shown = (id: string) => d.page.evaluate((i) => window.karabakh.locate(i) !== null, id);
const typeInto = async (id: string, value: string) => {
  await d.click(id);
  await d.page.keyboard.press('Control+A');
  await d.page.keyboard.type(value);
};

beforeAll(async () => {
  d = await openGame(inject('siteUrl'), { width: 1024, height: 640 });
  await d.ready('menu');
  // A replay file opens in the replay theatre; a finished game saved in the browser opens at its debrief.
  const finished = gameFromReplay(parsed.replay, { human: 'azerbaijan', difficulty: 'normal' });
  if (!finished.ok) throw new Error(finished.message);
  await d.page.evaluate(([k, v]) => localStorage.setItem(k, v), [AUTOSAVE_KEY, JSON.stringify(saveOf(finished.session))] as const);
  await d.page.reload();
  await d.ready('menu');
  await d.click('menu.continue');
  await d.ready('debrief');
});

afterAll(async () => {
  await d?.close();
});

it('runs N continuations from a week in workers with progress, draws the charts, and plays the games Node plays', async () => {
  await d.click('debrief.odds');
  await d.page.waitForFunction(() => window.karabakh.locate('odds.run') !== null);
  await d.page.selectOption('[data-hook="debrief.odds.week"]', '3');
  expect(await attr('odds.column.0', 'data-hashes')).toBeNull();
  await typeInto('odds.runs', '6');
  await d.click('odds.run');
  await d.page.waitForFunction(() => document.querySelector('[data-hook="odds.column.0"]')?.hasAttribute('data-hashes'), null, { timeout: 120_000 });
  // The progress bar reached every game before it was put away.
  expect([await attr('odds.progress', 'data-done'), await attr('odds.progress', 'data-of')]).toEqual(['6', '6']);
  expect(await shown('odds.progress')).toBe(false);
  const node = playContinuations(world.states[2], 6, 'normal');
  if (!node.ok) throw new Error(node.message);
  expect((await attr('odds.column.0', 'data-hashes'))!.split(',')).toEqual(node.summaries.map((s) => s.finalHash));
  const chart = await d.page.evaluate(() => {
    const el = document.querySelector('[data-hook="odds.chart"]')!;
    return { text: el.textContent ?? '', bars: el.querySelectorAll('.odds-stack > span').length, luck: document.querySelector('[data-hook="odds.luck.0"]')?.textContent ?? '' };
  });
  expect(chart.text).toMatch(/Who holds each region at the end/);
  expect(chart.text).toMatch(/Shusha/);
  expect(chart.bars).toBeGreaterThan(2);
  expect(chart.luck).toMatch(/The whole outcome came about in [\d.]+% of the 6 continuations/);
  expect(await attr('odds.status', 'class')).not.toMatch(/error/);
}, 180_000);

it('fills the charts in while a run goes on; a cancel puts back the figures drawn before, and a week played before draws at once', async () => {
  const before = await attr('odds.column.0', 'data-hashes');
  await typeInto('odds.runs', '3000');
  await d.click('odds.run');
  await d.page.waitForFunction(() => Number(document.querySelector('[data-hook="odds.progress"]')?.getAttribute('data-done') ?? 0) > 0, null, { timeout: 60_000 });
  // The charts fill in with the games played so far, marked as partial, with no hashes yet.
  await d.page.waitForFunction(() => Number(document.querySelector('[data-hook="odds.column.0"][data-partial="3000"]')?.getAttribute('data-games') ?? 0) > 0, null, { timeout: 60_000 });
  const partial = await d.page.evaluate(() => {
    const el = document.querySelector('[data-hook="odds.column.0"]')!;
    return { games: Number(el.getAttribute('data-games')), hashes: el.hasAttribute('data-hashes'), text: el.textContent ?? '', bars: el.querySelectorAll('.odds-stack > span').length };
  });
  expect(partial.hashes).toBe(false);
  expect(partial.text).toMatch(new RegExp(`so far ${partial.games} of 3000 continuations`));
  expect(partial.text).toMatch(/Who holds each region at the end/);
  expect(partial.bars).toBeGreaterThan(2);
  // While the workers play, the board under the panel sleeps; it wakes once they stop.
  expect(await d.page.evaluate(() => window.karabakh.boardAsleep())).toBe(true);
  // A touch of the page wakes it for a few seconds, then it sleeps again while the run goes on.
  await d.page.mouse.move(5, 5);
  expect(await d.page.evaluate(() => window.karabakh.boardAsleep())).toBe(false);
  await d.page.waitForFunction(() => window.karabakh.boardAsleep(), null, { timeout: 20_000 });
  const asleepAt = await d.page.evaluate(() => window.karabakh.boardFrames());
  await d.click('odds.cancel');
  await d.page.waitForFunction(() => /Cancelled/.test(document.querySelector('[data-hook="odds.status"]')?.textContent ?? ''));
  // Once they stop, the board draws again (and sleeps a second later, as a still board does).
  await d.page.waitForFunction((f) => window.karabakh.boardFrames() > f, asleepAt, { timeout: 20_000 });
  expect(await attr('odds.column.0', 'data-hashes')).toBe(before);
  expect(await attr('odds.column.0', 'data-partial')).toBeNull();
  expect(await shown('odds.cancel')).toBe(false);
  // Closed and opened again on the same week (the N of the last figures drawn): from the page's cache, no run.
  await d.click('debrief.odds.close');
  await d.click('debrief.odds');
  await d.page.waitForFunction(() => window.karabakh.locate('odds.run') !== null);
  await d.page.selectOption('[data-hook="debrief.odds.week"]', '3');
  expect(await attr('odds.column.0', 'data-hashes')).toBe(before);
  expect(await d.page.evaluate(() => document.querySelector('[data-hook="odds.status"]')?.textContent)).toMatch(/Played before in this page/);
  await d.click('debrief.odds.close');
  expect(await shown('debrief.odds.view')).toBe(false);
}, 180_000);

it('finds the turning points with progress, as Node ranks them, and a cancel stops a run', async () => {
  await typeInto('debrief.turning.runs', '300');
  await d.click('debrief.turning');
  await d.page.waitForFunction(() => Number(document.querySelector('[data-hook="debrief.turning.progress"]')?.getAttribute('data-done') ?? 0) > 0, null, { timeout: 60_000 });
  await d.click('debrief.turning.cancel');
  await d.page.waitForFunction(() => document.querySelector('[data-hook="debrief.turning.status"]')?.textContent === 'Cancelled.');
  await typeInto('debrief.turning.runs', '3');
  await d.click('debrief.turning');
  await d.page.waitForFunction(() => window.karabakh.locate('debrief.turning.0') !== null, null, { timeout: 120_000 });
  const node = playTurning(world, 3, 'normal');
  if (!node.ok) throw new Error(node.message);
  const weeks = await d.page.evaluate(() => [...document.querySelectorAll('[data-hook^="debrief.turning."][data-week]')].map((e) => Number(e.getAttribute('data-week'))));
  expect(weeks).toEqual(node.turning.points.slice(0, 3).map((t) => t.week));
  const first = node.turning.points[0];
  expect(await d.page.evaluate(() => document.querySelector('[data-hook="debrief.turning.0"]')?.textContent)).toContain(`${first.before}% → ${first.after}%`);
  expect([await attr('debrief.turning.progress', 'data-done'), await attr('debrief.turning.progress', 'data-of')]).toEqual(['27', '27']);
  expect(d.errors).toEqual([]);
}, 180_000);

it('plays two columns at once, so both fill in together; each column plays the games Node plays from its week', async () => {
  await d.click('debrief.odds');
  await d.page.waitForFunction(() => window.karabakh.locate('odds.run') !== null);
  await d.page.selectOption('[data-hook="debrief.odds.week"]', '1');
  await d.page.selectOption('[data-hook="debrief.odds.compare"]', '5');
  await typeInto('odds.runs', '3000');
  await d.click('odds.run');
  // Both columns have games in while the run goes on: neither waits for the other to finish.
  await d.page.waitForFunction(() => [0, 1].every((i) => Number(document.querySelector(`[data-hook="odds.column.${i}"][data-partial="3000"]`)?.getAttribute('data-games') ?? 0) > 0), null, { timeout: 60_000 });
  await d.click('odds.cancel');
  await d.page.waitForFunction(() => /Cancelled/.test(document.querySelector('[data-hook="odds.status"]')?.textContent ?? ''));
  expect(await attr('odds.column.1', 'data-partial')).toBeNull();
  // A short run of both to the end: each column's games are Node's, in order.
  await typeInto('odds.runs', '4');
  await d.click('odds.run');
  await d.page.waitForFunction(() => [0, 1].every((i) => document.querySelector(`[data-hook="odds.column.${i}"]`)?.hasAttribute('data-hashes')), null, { timeout: 120_000 });
  expect([await attr('odds.progress', 'data-done'), await attr('odds.progress', 'data-of')]).toEqual(['8', '8']);
  for (const [column, week] of [[0, 1], [1, 5]] as const) {
    const node = playContinuations(world.states[week - 1], 4, 'normal');
    if (!node.ok) throw new Error(node.message);
    expect((await attr(`odds.column.${column}`, 'data-hashes'))!.split(',')).toEqual(node.summaries.map((s) => s.finalHash));
  }
  await d.click('debrief.odds.close');
  expect(d.errors).toEqual([]);
}, 180_000);
