// A thin driver over the automation hook: locate by id, click with the real mouse, wait on ready.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/site';

export interface Driver {
  readonly browser: Browser;
  readonly page: Page;
  /** Console errors and page errors seen so far. */
  readonly errors: string[];
  click(id: string): Promise<void>;
  locate(id: string): Promise<{ x: number; y: number } | null>;
  ready(scene: string): Promise<void>;
  close(): Promise<void>;
}

export async function openGame(url: string, viewport = { width: 1280, height: 720 }): Promise<Driver> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const d = drive(browser, page, () => browser.close());
  await page.goto(url);
  return d;
}

/** A driver over a page already open (one of several people in one browser, each in a context). */
export function drive(browser: Browser, page: Page, close: () => Promise<void>): Driver {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  const locate = (id: string) => page.evaluate((i) => window.karabakh.locate(i), id);
  const ready = async (scene: string) => {
    await page.waitForFunction((s) => window.karabakh?.scene === s && window.karabakh.ready, scene, { timeout: 60_000 });
  };
  const click = async (id: string) => {
    await page.waitForFunction((i) => window.karabakh?.locate(i) !== null, id);
    const p = await locate(id);
    if (!p) throw new Error(`nothing to click at "${id}"`);
    await page.mouse.click(p.x, p.y);
  };
  return { browser, page, errors, click, locate, ready, close };
}

/** Waits for a dialog and gives its title and text. */
export async function dialogOf(page: Page): Promise<{ title: string; text: string }> {
  await page.waitForFunction(() => window.karabakh?.locate('dialog.text') != null, null, { timeout: 60_000 });
  return page.evaluate(() => ({
    title: document.querySelector('[data-hook="dialog.title"]')!.textContent ?? '',
    text: document.querySelector('[data-hook="dialog.text"]')!.textContent ?? '',
  }));
}

/** Clicks a dialog's button and waits for the dialog to close. */
export async function answerDialog(d: Driver, key: string): Promise<void> {
  await d.click(`dialog.${key}`);
  await d.page.waitForFunction(() => window.karabakh.locate('dialog.text') === null);
}
