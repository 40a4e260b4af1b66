// Clarity on a 1024×768 screen, by real clicks: the player's aims on the board with their status,
// a package's effect and risk before it is sent, the Support tab's buttons in view, and a News tab
// that shows a ceasefire breach without "Show all figures".
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { legalOrders, newGame, newReplay, recordTurn, resolveTurn, type GameState, type OrdersByActor, type Replay } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { AUTOSAVE_KEY } from '../../src/ui/store';
import { openGame, type Driver } from './driver';

const VIEWPORT = { width: 1024, height: 768 };
let d: Driver;

beforeAll(async () => {
  d = await openGame(`${inject('siteUrl')}?play=turkey&scenario=2020-war&seed=clarity&fast`, VIEWPORT);
  await d.ready('board');
});

afterAll(async () => {
  await d?.close();
});

/** The element's box lies wholly inside the viewport (seen without scrolling the page or its pane). */
async function inView(hook: string): Promise<boolean> {
  return d.page.evaluate(([h, w, ht]) => {
    const el = document.querySelector(`[data-hook="${h}"]`);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const pane = el.closest('.pane')?.getBoundingClientRect();
    const inside = (b: DOMRect | undefined) => !b || (r.top >= b.top && r.bottom <= b.bottom);
    return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= w && r.bottom <= ht && inside(pane);
  }, [hook, VIEWPORT.width, VIEWPORT.height] as const);
}

const text = (hook: string) => d.page.$eval(`[data-hook="${hook}"]`, (e) => e.textContent ?? '');

describe('clarity at 1024×768, playing Turkey', () => {
  it('shows the aims above the tabs, and opens them with each one\'s status and figure', async () => {
    expect(await inView('aims.toggle')).toBe(true);
    const aims = await d.page.evaluate(() => window.karabakh.view()!.actors.turkey.aims.map((a) => a.points));
    expect(await text('aims.points')).toMatch(new RegExp(`^\\d+ of ${aims.reduce((n, p) => n + p, 0)} pts now$`));
    await d.click('aims.toggle');
    await d.page.waitForSelector('[data-hook="aims.list"]');
    const rows = await d.page.$$eval('[data-hook^="aims."][data-state]', (els) => els.map((e) => [e.getAttribute('data-state') ?? '', e.textContent ?? '']));
    expect(rows).toHaveLength(aims.length);
    for (const [state, line] of rows) {
      expect(['met', 'at-risk', 'unmet', 'lost']).toContain(state);
      expect(line).toMatch(/(met|at risk|not met|lost) \u00b7 \S/);
    }
    expect(rows.some(([, line]) => /influence over Azerbaijan \d+, needs 70/.test(line))).toBe(true);
    await d.click('aims.toggle');
    await d.page.waitForSelector('[data-hook="aims.list"]', { state: 'detached' });
  });

  it('keeps every Support tab button in view, before and after drafting a package, and previews the drafted one', async () => {
    await d.click('tab.support');
    await d.page.waitForSelector('[data-hook="pane.support"]');
    // The package form's controls, its preview of the package as chosen, and Add package.
    const buttons = ['support.package', 'support.size', 'support.covert', 'support.strings', 'support.form.preview', 'support.add'];
    for (const b of buttons) expect(await inView(b), b).toBe(true);
    expect(await text('support.form.preview')).toMatch(/\u00b7 (this week|next week|in \d+ weeks)/);
    await d.click('support.add');
    await d.page.waitForSelector('[data-hook="support.preview.0"]');
    for (const b of buttons) expect(await inView(b), `${b} after drafting`).toBe(true);
    expect(await inView('support.preview.0')).toBe(true);
    const card = await text('support.preview.0');
    expect(card).toMatch(/Adds.*\+\d+ .*Azerbaijan/);
    expect(card).toMatch(/When\s*arrives/);
    expect(card).toMatch(/Risk\s*(overt: \u2212\d+ legitimacy now|covert: \d+% a week to be exposed)/);
  });
});

/** Two turns in Node: a ceasefire Armenia accepts, and Azerbaijan attacking the same week (a breach). */
function breachGame(): { replay: Replay; state: GameState } {
  const g = newGame(SCENARIOS['2020-war'], 'clarity-breach');
  if (!g.ok) throw new Error(g.message);
  let state = g.state;
  let replay = newReplay(state);
  const play = (orders: OrdersByActor) => {
    const r = resolveTurn(state, orders);
    if (!r.ok) throw new Error(r.message);
    state = r.state;
    replay = recordTurn(replay, orders, state);
  };
  play({ azerbaijan: [{ kind: 'propose', to: ['armenia'], terms: { kind: 'ceasefire', turns: 4, monitors: [] } }] });
  const p = state.proposals.find((x) => x.from === 'azerbaijan')!;
  const attack = legalOrders(state, 'azerbaijan').find((o) => o.kind === 'attack')!;
  play({ armenia: [{ kind: 'answer', proposal: p.id, answer: 'accept' }], azerbaijan: [attack] });
  return { replay, state };
}

describe('the News tab, continuing a game where a ceasefire was just broken', () => {
  it('lists the breach among the first items, with the figures hidden and the rest behind a count', async () => {
    const { replay } = breachGame();
    const save = JSON.stringify({ format: 'karabakh-save', version: 2, human: 'turkey', difficulty: 'normal', replay });
    await d.page.evaluate(([k, v]) => localStorage.setItem(k, v), [AUTOSAVE_KEY, save] as const);
    await d.page.goto(inject('siteUrl'));
    await d.ready('menu');
    await d.click('menu.continue');
    await d.ready('board');
    await d.click('tab.news');
    await d.page.waitForSelector('[data-hook="news.list"]');
    expect(await text('news.stats')).toBe('Show all figures');
    const shown = await d.page.$$eval('[data-hook="news.list"] > .news', (els) => els.map((e) => e.firstElementChild?.textContent ?? ''));
    const breach = shown.findIndex((t) => t.startsWith('Ceasefire broken: Azerbaijan is blamed'));
    expect(breach).toBeGreaterThanOrEqual(0);
    expect(await inView(`news.${breach}`)).toBe(true);
    expect(await text('news.more')).toMatch(/^\d+ more this week/);
    await d.click('news.more');
    const all = await d.page.$$eval('[data-hook="news.list"] > .news', (els) => els.length);
    expect(all).toBeGreaterThan(shown.length);
    expect(d.errors).toEqual([]);
  });
});
