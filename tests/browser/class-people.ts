// The people of a class in browser tests: each in a browser context of its own (its own storage,
// as on its own laptop), its page's WebSocket frames kept, driven by real clicks.
import type { Browser, Page } from 'playwright-core';
import type { ActorId } from '../../src/engine';
import { drive, type Driver } from './driver';

export interface Person {
  readonly d: Driver;
  readonly actor: ActorId | null;
  /** Every WebSocket frame the page received, in order. */
  readonly frames: Buffer[];
}

/** Keeps every WebSocket frame a page receives. */
export function tapFrames(page: Page): Buffer[] {
  const frames: Buffer[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(typeof f.payload === 'string' ? Buffer.from(f.payload) : f.payload)));
  return frames;
}

export async function person(browser: Browser, url: string, actor: ActorId | null, viewport = { width: 1024, height: 640 }): Promise<Person> {
  const context = await browser.newContext({ viewport });
  // Several pages drawing their boards share two cores here: waits are long, never timed.
  context.setDefaultTimeout(120_000);
  const page = await context.newPage();
  const frames = tapFrames(page);
  const d = drive(browser, page, () => context.close());
  await page.goto(url);
  return { d, actor, frames };
}

/** Types into a form field as a person does: click it, select what is there, type. */
export async function type(p: Person, id: string, text: string): Promise<void> {
  await p.d.click(id);
  await p.d.page.keyboard.press('Control+A');
  await p.d.page.keyboard.type(text);
}

/** Chooses an option of a drop-down list (a native list opens outside the page, where no mouse reaches). */
export async function pick(p: Person, id: string, value: string): Promise<void> {
  await p.d.page.waitForFunction((i) => window.karabakh.locate(i) !== null, id);
  await p.d.page.selectOption(`[data-hook="${id}"]`, value);
}

/** A student joins the class by its link: team name, then the actor (on `world`'s board when given). */
export async function joinClass(browser: Browser, base: string, code: string, actor: ActorId, team: string, world?: number): Promise<Person> {
  const p = await person(browser, `${base}?fast&class=${code}`, actor);
  await type(p, 'join.team', team);
  await p.d.click('join.submit');
  if (world !== undefined) await p.d.click(`join.world.${world}`);
  await p.d.click(`join.actor.${actor}`);
  await p.d.ready('board');
  return p;
}

/** The text of the element with this id ('' when there is none). */
export const textOf = (p: Person, id: string): Promise<string> => p.d.page.evaluate((i) => document.querySelector(`[data-hook="${i}"]`)?.textContent ?? '', id);

/** Waits until the element with this id holds `text`. */
export const waitText = (p: Person, id: string, text: string): Promise<unknown> =>
  p.d.page.waitForFunction(([i, t]) => (document.querySelector(`[data-hook="${i}"]`)?.textContent ?? '').includes(t), [id, text] as const);
