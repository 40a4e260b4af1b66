// The board's legend: a strip along the bottom of the board, its entries flowing left to right.
import type * as Phaser from 'phaser';
import type { View } from '../engine';
import { legendEntries } from './board-model';
import { drawIcon } from './board-shapes';
import { font } from './widgets';

const ROW_H = 20;

/**
 * Draw the legend for this view at the bottom of the scene. `place` registers each new object
 * with the scene's fixed interface layer. Returns the strip's height.
 */
export function drawLegend(scene: Phaser.Scene, view: View, place: <T extends Phaser.GameObjects.GameObject>(o: T) => T): number {
  const W = scene.scale.width;
  const H = scene.scale.height;
  const g = place(scene.add.graphics());
  const items = legendEntries(view).map((e) => ({
    draw: (cx: number, mid: number) => legendSymbol(g, e.kind, e.key, e.colour, cx, mid),
    text: place(scene.add.text(0, 0, e.label, font(12)).setOrigin(0, 0.5)),
  }));
  const title = place(scene.add.text(10, 0, 'LEGEND', font(11, { bold: true, colour: '#a9b2bf' })).setOrigin(0, 0.5));
  // Lay out rows first to know the strip's height.
  const rows: { item: (typeof items)[number]; x: number }[][] = [[]];
  let x = 10 + title.width + 12;
  for (const item of items) {
    const w = 24 + item.text.width + 16;
    if (x + w > W - 10 && rows[rows.length - 1].length) {
      rows.push([]);
      x = 10 + title.width + 12;
    }
    rows[rows.length - 1].push({ item, x });
    x += w;
  }
  const height = rows.length * ROW_H + 10;
  const top = H - height;
  g.fillStyle(0x0d1117, 0.94).fillRect(0, top, W, height);
  g.lineStyle(1, 0x3a4350, 1).lineBetween(0, top, W, top);
  title.setY(top + 5 + ROW_H / 2);
  rows.forEach((row, r) => {
    const mid = top + 5 + r * ROW_H + ROW_H / 2;
    for (const { item, x: cx } of row) {
      item.draw(cx, mid);
      item.text.setPosition(cx + 24, mid);
    }
  });
  return height;
}

function legendSymbol(g: Phaser.GameObjects.Graphics, kind: string, key: string, colour: number | undefined, cx: number, mid: number): void {
  const cy = mid - 7;
  switch (kind) {
    case 'controller':
      g.fillStyle(colour!, 1).fillRect(cx, cy, 18, 14);
      g.lineStyle(1, 0x000000, 1).strokeRect(cx, cy, 18, 14);
      break;
    case 'terrain':
      g.fillStyle(0x3a4350, 1).fillRect(cx, cy, 18, 14);
      g.lineStyle(1.6, 0xffffff, 0.8).fillStyle(0xffffff, 0.8);
      if (key === 'mountain') {
        g.beginPath();
        g.moveTo(cx + 4, mid + 4);
        g.lineTo(cx + 9, mid - 4);
        g.lineTo(cx + 14, mid + 4);
        g.strokePath();
      } else if (key === 'foothills') {
        g.beginPath();
        g.arc(cx + 9, mid + 5, 6, Math.PI * 1.15, Math.PI * 1.85);
        g.strokePath();
      } else g.fillRect(cx + 6, mid - 3, 6, 6);
      break;
    case 'icon':
      drawIcon(g, key, cx + 9, mid);
      break;
    case 'line':
      if (key === 'corridor') g.lineStyle(4, 0xf0e442, 1).lineBetween(cx, mid, cx + 18, mid);
      else {
        g.lineStyle(3, 0x000000, 1).lineBetween(cx, mid, cx + 18, mid);
        g.lineStyle(1.5, 0xffffff, 1).lineBetween(cx, mid, cx + 6, mid).lineBetween(cx + 11, mid, cx + 18, mid);
      }
      break;
    case 'counter':
      g.fillStyle(0x0072b2, key === 'estimate' ? 0.45 : 1).fillRect(cx, cy, 18, 14);
      g.lineStyle(1.5, key === 'estimate' ? 0xffffff : 0x000000, 1).strokeRect(cx, cy, 18, 14);
      break;
  }
}
