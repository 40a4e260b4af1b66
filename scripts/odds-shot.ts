// screenshots.ts --odds: the single-player debrief's odds panel on the golden 2020-war game, from
// week 1 beside week 5 (100 continuations each), in docs/odds-<width>.png and, scrolled to the
// scores and how lucky, docs/odds-<width>-lower.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { gameFromReplay, saveOf } from '../src/ui/save';
import { AUTOSAVE_KEY } from '../src/ui/store';
import { clickHook, ROOT } from './site';

export async function oddsShot(page: Page, url: string, docs: string, width: number): Promise<void> {
  const click = (id: string) => clickHook(page, id);
  const menu = () => page.waitForFunction(() => window.karabakh?.scene === 'menu' && window.karabakh.ready, null, { timeout: 60_000 });
  await page.goto(url);
  await menu();
  // A replay file opens in the replay theatre; the game finished and saved in the browser opens at its debrief.
  const finished = gameFromReplay(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/golden-2020-war.replay.json'), 'utf8')), { human: 'azerbaijan', difficulty: 'normal' });
  if (!finished.ok) throw new Error(finished.message);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [AUTOSAVE_KEY, JSON.stringify(saveOf(finished.session))] as const);
  await page.reload();
  await menu();
  await click('menu.continue');
  await page.waitForFunction(() => window.karabakh.scene === 'debrief' && window.karabakh.ready, null, { timeout: 60_000 });
  await click('debrief.odds');
  await page.selectOption('[data-hook="debrief.odds.compare"]', '5');
  await page.fill('[data-hook="odds.runs"]', '100');
  await click('odds.run');
  await page.waitForFunction(() => document.querySelector('[data-hook="odds.column.1"]')?.hasAttribute('data-hashes'), null, { timeout: 600_000 });
  await page.mouse.move(5, 5);
  await page.screenshot({ path: join(docs, `odds-${width}.png`) });
  await page.evaluate(() => document.querySelector('[data-hook="odds.chart"]')!.scrollTo(0, 1e6));
  await page.screenshot({ path: join(docs, `odds-${width}-lower.png`) });
}
