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

  it('zooms about the centre, pans by dragging, and Fit shows the whole board again; a drag is not a click', async () => {
    await d.ready('board');
    // Two of our regions with forces: a click on one selects it and lists its orders.
    const [a, b] = await d.page.evaluate(() => {
      const v = window.karabakh.view()!;
      return v.regionOrder.filter((id) => v.regions[id].forces.some((f) => f.actor === v.viewer)).slice(0, 2);
    });
    // Positions once two frames have passed: Phaser applies input and camera moves on its own loop.
    const where = async () => {
      await d.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      return { a: (await d.locate(`board.region.${a}`))!, b: (await d.locate(`board.region.${b}`))! };
    };
    const span = (p: { a: { x: number; y: number }; b: { x: number; y: number } }) => Math.hypot(p.a.x - p.b.x, p.a.y - p.b.y);
    const fitted = await where();
    await d.click('board.zoomIn');
    const zoomed = await where();
    expect(span(zoomed) / span(fitted)).toBeCloseTo(1.25, 1);
    // Press on a region, drag it 80 px across and 40 px up or down (towards the canvas's middle,
    // so the mouse stays over it), release: the map follows the mouse, and the release selects
    // nothing.
    expect(await d.page.$('[data-hook="order.0"]')).toBeNull();
    const box = (await (await d.page.$('#board canvas'))!.boundingBox())!;
    const dx = zoomed.a.x > box.x + box.width / 2 ? -80 : 80;
    const dy = zoomed.a.y > box.y + box.height / 2 ? -40 : 40;
    await d.page.mouse.move(zoomed.a.x, zoomed.a.y);
    await d.page.mouse.down();
    await d.page.mouse.move(zoomed.a.x + dx, zoomed.a.y + dy, { steps: 8 });
    await d.page.mouse.up();
    const panned = await where();
    expect(Math.abs(panned.a.x - zoomed.a.x - dx)).toBeLessThanOrEqual(3);
    expect(Math.abs(panned.a.y - zoomed.a.y - dy)).toBeLessThanOrEqual(3);
    expect(await d.page.$('[data-hook="order.0"]')).toBeNull();
    // A click where the region now is does select it.
    await d.click(`board.region.${a}`);
    await d.page.waitForSelector('[data-hook="order.0"]');
    await d.click('board.fit');
    const back = await where();
    expect(Math.abs(back.a.x - fitted.a.x) + Math.abs(back.a.y - fitted.a.y)).toBeLessThanOrEqual(2);
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
