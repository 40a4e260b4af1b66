// The board's shapes and colours, drawn with Phaser's Graphics: dashed lines, arrowheads, cells
// inset, infrastructure symbols (the legend draws the same symbols), and the colour sums the
// labels and fills use. Pure drawing, no board state.
import type * as Phaser from 'phaser';
import type { Point } from './map-layout';

type V2 = Phaser.Math.Vector2;
/** Points as Phaser's Graphics takes them (it reads only x and y). */
export const v2 = (pts: readonly { x: number; y: number }[]): V2[] => pts as unknown as V2[];

export function luminance(c: number): number {
  return 0.299 * ((c >> 16) & 0xff) + 0.587 * ((c >> 8) & 0xff) + 0.114 * (c & 0xff);
}

export function lighten(c: number): number {
  const f = (v: number) => Math.min(255, Math.round(v + (255 - v) * 0.18));
  return (f((c >> 16) & 0xff) << 16) | (f((c >> 8) & 0xff) << 8) | f(c & 0xff);
}

export function insetPolygon(poly: readonly Point[], c: Point, by: number): Point[] {
  return poly.map((p) => {
    const d = Math.hypot(p.x - c.x, p.y - c.y) || 1;
    return { x: p.x - ((p.x - c.x) / d) * by, y: p.y - ((p.y - c.y) / d) * by };
  });
}

export function dashed(g: Phaser.GameObjects.Graphics, a: Point, b: Point, width: number, colour: number, alpha: number, dash: number, gap: number): void {
  const d = Math.hypot(b.x - a.x, b.y - a.y);
  if (d === 0) return;
  const ux = (b.x - a.x) / d;
  const uy = (b.y - a.y) / d;
  g.lineStyle(width, colour, alpha);
  for (let t = 0; t < d; t += dash + gap) {
    const e = Math.min(d, t + dash);
    g.lineBetween(a.x + ux * t, a.y + uy * t, a.x + ux * e, a.y + uy * e);
  }
}

export function arrowHead(g: Phaser.GameObjects.Graphics, a: Point, b: Point, colour: number): void {
  const ang = Math.atan2(b.y - a.y, b.x - a.x);
  const L = 15;
  const p1 = { x: b.x - L * Math.cos(ang - 0.45), y: b.y - L * Math.sin(ang - 0.45) };
  const p2 = { x: b.x - L * Math.cos(ang + 0.45), y: b.y - L * Math.sin(ang + 0.45) };
  g.fillStyle(0x000000, 0.85).fillTriangle(b.x + 2 * Math.cos(ang), b.y + 2 * Math.sin(ang), p1.x - 2 * Math.cos(ang), p1.y - 2 * Math.sin(ang), p2.x - 2 * Math.cos(ang), p2.y - 2 * Math.sin(ang));
  g.fillStyle(colour, 1).fillTriangle(b.x, b.y, p1.x, p1.y, p2.x, p2.y);
}

/** Small infrastructure symbols, drawn (no icon font needed). */
export function drawIcon(g: Phaser.GameObjects.Graphics, icon: string, x: number, y: number): void {
  g.lineStyle(1.5, 0x000000, 1);
  g.fillStyle(0xffffff, 1);
  switch (icon) {
    case 'capital': {
      const pts: { x: number; y: number }[] = [];
      for (let i = 0; i < 10; i++) {
        const r = i % 2 === 0 ? 7 : 3;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        pts.push({ x: x + r * Math.cos(a), y: y + r * Math.sin(a) });
      }
      g.fillPoints(v2(pts), true);
      g.strokePoints(v2(pts), true);
      return;
    }
    case 'base':
      g.fillRect(x - 5, y - 5, 10, 10);
      g.strokeRect(x - 5, y - 5, 10, 10);
      return;
    case 'airbase':
      g.fillTriangle(x, y - 6, x - 6, y + 5, x + 6, y + 5);
      g.strokeTriangle(x, y - 6, x - 6, y + 5, x + 6, y + 5);
      return;
    case 'radar':
      g.lineStyle(3.5, 0x000000, 1).strokeCircle(x, y, 5);
      g.lineStyle(2, 0xffffff, 1).strokeCircle(x, y, 5);
      g.fillCircle(x, y, 1.5);
      return;
    case 'border-crossing':
      g.fillPoints(v2([{ x, y: y - 6 }, { x: x + 6, y }, { x, y: y + 6 }, { x: x - 6, y }]), true);
      g.strokePoints(v2([{ x, y: y - 6 }, { x: x + 6, y }, { x, y: y + 6 }, { x: x - 6, y }]), true);
      return;
    default:
      return;
  }
}
