// The board must actually be drawn: a screenshot of the canvas has many colours and little
// empty background. (An empty or black canvas, a failed WebGL context or a scene that draws
// nothing fails here.)
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openGame, type Driver } from './driver';
import { decodePng, pixelStats } from './png';

let d: Driver;

beforeAll(async () => {
  d = await openGame(inject('siteUrl'), { width: 1280, height: 720 });
});

afterAll(async () => {
  await d?.close();
});

/** A blank PNG like an empty board's, to prove the check can fail. */
function blankPng(w: number, h: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    return Buffer.concat([len, Buffer.from(type, 'ascii'), body, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const rows = Buffer.alloc(h * (w * 3 + 1));
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) rows.set(rgb, y * (w * 3 + 1) + 1 + x * 3);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const drawn = (s: { distinct: number; nonBackground: number }) => s.distinct >= 40 && s.nonBackground >= 0.3;

describe('the board renders', () => {
  it('an empty image does not pass the check', () => {
    expect(drawn(pixelStats(decodePng(blankPng(64, 48, [20, 24, 31]))))).toBe(false);
  });

  it('the board canvas shows regions, labels and counters', async () => {
    await d.ready('menu');
    await d.click('menu.actor.azerbaijan');
    await d.click('menu.start');
    await d.ready('board');
    const canvas = await d.page.$('#board canvas');
    expect(canvas).not.toBeNull();
    const stats = pixelStats(decodePng(await canvas!.screenshot()));
    expect(stats.distinct).toBeGreaterThanOrEqual(40);
    expect(stats.nonBackground).toBeGreaterThanOrEqual(0.3);
    // Every region is locatable on the board for a click.
    const missing = await d.page.evaluate(() => window.karabakh.view()!.regionOrder.filter((r) => window.karabakh.locate(`board.region.${r}`) === null));
    expect(missing).toEqual([]);
    expect(d.errors).toEqual([]);
  });

  it('autosaves: after a reload the menu offers Continue, which restores the same game', async () => {
    const hash = await d.page.evaluate(() => window.karabakh.hash());
    await d.page.reload();
    await d.ready('menu');
    await d.click('menu.continue');
    await d.ready('board');
    expect(await d.page.evaluate(() => window.karabakh.hash())).toBe(hash);
    expect(d.errors).toEqual([]);
  });
});
