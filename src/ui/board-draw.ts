// Draws the board with Phaser: cells, terrain marks, infrastructure, labels, counters, arrows.
// It reads display models (board-model.ts) and knows no rules.
import type { View } from '../engine';
import * as Phaser from 'phaser';
import { corridorSegments, type Arrow, type PatronChip, type RegionDisplay } from './board-model';
import { patternPoints, type BoardLayout } from './map-layout';
import { arrowHead, dashed, drawIcon, insetPolygon, lighten, luminance, v2 } from './board-shapes';
import { THEME } from './palette';
import { font, pressedOnCanvas } from './widgets';
import { shortName } from './format';

const DEPTH = { sea: -2, fill: 0, terrain: 1, lines: 2, arrows: 5, labels: 6, counters: 7, fx: 9 } as const;

export class MapRenderer {
  readonly regionGraphics = new Map<string, Phaser.GameObjects.Graphics>();
  private counters: Phaser.GameObjects.GameObject[] = [];
  private arrowObjs: Phaser.GameObjects.GameObject[] = [];
  private selection: Phaser.GameObjects.Graphics;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layout: BoardLayout,
    /** Called for every map object so the fixed UI camera can ignore it. */
    private readonly own: <T extends Phaser.GameObjects.GameObject>(o: T) => T,
  ) {
    this.selection = own(scene.add.graphics().setDepth(DEPTH.labels - 0.5));
  }

  drawStatic(view: View, onRegion: (id: string, e: 'over' | 'out' | 'up') => void): void {
    const s = this.scene;
    const L = this.layout;
    const g = this.own(s.add.graphics().setDepth(DEPTH.sea));
    g.fillStyle(THEME.sea, 1).fillRect(0, 0, L.width, L.height);
    if (L.inset) {
      const i = L.inset;
      g.fillStyle(0x101820, 1).fillRect(i.x, i.y, i.w, i.h);
      g.lineStyle(2, 0x8a96a8, 1).strokeRect(i.x, i.y, i.w, i.h);
      // Break marker: two slanted strokes on the inset's left edge.
      g.lineStyle(3, 0xd0d6de, 1);
      for (const dx of [-8, 0]) g.lineBetween(i.x + dx - 5, i.y + i.h / 2 + 10, i.x + dx + 5, i.y + i.h / 2 - 10);
      this.own(s.add.text(i.x + i.w / 2, i.y + 8, 'not to scale:\nfar to the east', font(11, { colour: '#c3cad4', align: 'center' })).setOrigin(0.5, 0).setDepth(DEPTH.labels));
    }
    for (const id of view.regionOrder) {
      const cell = L.cells[id];
      if (!cell) continue;
      const rg = this.own(s.add.graphics().setDepth(DEPTH.fill));
      const poly = new Phaser.Geom.Polygon(cell.polygon.map((p) => new Phaser.Math.Vector2(p.x, p.y)));
      rg.setInteractive(poly, Phaser.Geom.Polygon.Contains);
      if (rg.input) rg.input.cursor = 'pointer';
      rg.on('pointerover', () => onRegion(id, 'over'));
      rg.on('pointerout', () => onRegion(id, 'out'));
      rg.on('pointerup', (p: Phaser.Input.Pointer) => {
        if (pressedOnCanvas(s, p)) onRegion(id, 'up');
      });
      this.regionGraphics.set(id, rg);
    }
    this.drawTerrain(view);
    this.drawInfrastructureLines(view);
    this.drawLabels(view);
  }

  private drawTerrain(view: View): void {
    const g = this.own(this.scene.add.graphics().setDepth(DEPTH.terrain));
    for (const id of view.regionOrder) {
      const cell = this.layout.cells[id];
      const r = view.regions[id];
      if (!cell || r.terrain === 'lowland') continue;
      const spacing = r.terrain === 'urban' ? 15 : 18;
      const pts = patternPoints(cell.polygon, spacing, cell.centre, 40);
      g.lineStyle(1.6, 0xffffff, 0.28);
      g.fillStyle(0xffffff, 0.22);
      for (const p of pts) {
        if (r.terrain === 'mountain') {
          g.beginPath();
          g.moveTo(p.x - 5, p.y + 3);
          g.lineTo(p.x, p.y - 4);
          g.lineTo(p.x + 5, p.y + 3);
          g.strokePath();
        } else if (r.terrain === 'foothills') {
          g.beginPath();
          g.arc(p.x, p.y + 3, 5, Math.PI * 1.15, Math.PI * 1.85);
          g.strokePath();
        } else {
          g.fillRect(p.x - 3, p.y - 3, 6, 6);
        }
      }
    }
  }

  private drawInfrastructureLines(view: View): void {
    const g = this.own(this.scene.add.graphics().setDepth(DEPTH.lines));
    const L = this.layout;
    const has = (id: string, t: string) => view.regions[id]?.infrastructure.includes(t as never);
    // Pipelines: a dark dashed line between neighbouring pipeline regions.
    for (const id of view.regionOrder) {
      if (!has(id, 'pipeline') || !L.cells[id]) continue;
      for (const n of view.regions[id].neighbours) {
        if (n < id || !has(n, 'pipeline') || !L.cells[n] || L.cells[n].inset) continue;
        dashed(g, L.cells[id].centre, L.cells[n].centre, 3, 0x000000, 0.9, 8, 5);
        dashed(g, L.cells[id].centre, L.cells[n].centre, 1.5, 0xf2f2f2, 0.9, 8, 5);
      }
    }
    // Corridors: a golden road with a dark casing.
    for (const [a, b] of corridorSegments(view, L)) {
      g.lineStyle(8, 0x000000, 0.75).lineBetween(a.x, a.y, b.x, b.y);
      g.lineStyle(4.5, 0xf0e442, 1).lineBetween(a.x, a.y, b.x, b.y);
    }
  }

  private drawLabels(view: View): void {
    const s = this.scene;
    for (const id of view.regionOrder) {
      const cell = this.layout.cells[id];
      if (!cell) continue;
      const r = view.regions[id];
      const t = this.own(
        s.add
          .text(cell.centre.x, cell.centre.y - 14, shortName(r.name), { ...font(14, { bold: true }), stroke: '#000000', strokeThickness: 4 })
          .setOrigin(0.5, 1)
          .setDepth(DEPTH.labels),
      );
      const icons = r.infrastructure.filter((i) => i !== 'pipeline' && i !== 'corridor');
      if (icons.length) {
        const g = this.own(s.add.graphics().setDepth(DEPTH.labels));
        let x = cell.centre.x - t.width / 2 - 10;
        for (const icon of icons) {
          drawIcon(g, icon, x, cell.centre.y - 14 - t.height / 2);
          x -= 15;
        }
      }
    }
  }

  /** Fills and borders; `displayed` may override controllers during turn playback. */
  drawRegions(displays: readonly RegionDisplay[], selected: string | null, hovered: string | null, orderable: ReadonlySet<string>): void {
    for (const d of displays) {
      const g = this.regionGraphics.get(d.id);
      const cell = this.layout.cells[d.id];
      if (!g || !cell) continue;
      g.clear();
      g.fillStyle(d.id === hovered ? lighten(d.fill) : d.fill, 1);
      g.fillPoints(v2(cell.polygon), true);
      g.lineStyle(1.5, THEME.border, 1);
      g.strokePoints(v2(cell.polygon), true);
      // A coloured inner edge repeats the controller (helps where fills look alike).
      g.lineStyle(3, d.edge, 0.9);
      g.strokePoints(v2(insetPolygon(cell.polygon, cell.centre, 4)), true);
      if (orderable.has(d.id)) {
        g.fillStyle(0xffffff, 0.9);
        g.fillCircle(cell.centre.x, cell.centre.y + 34, 3);
      }
    }
    this.selection.clear();
    if (selected && this.layout.cells[selected]) {
      const cell = this.layout.cells[selected];
      this.selection.lineStyle(6, 0x000000, 0.8).strokePoints(v2(cell.polygon), true);
      this.selection.lineStyle(3.5, 0xffffff, 1).strokePoints(v2(cell.polygon), true);
    }
  }

  drawCounters(displays: readonly RegionDisplay[]): void {
    for (const o of this.counters) o.destroy();
    this.counters = [];
    const s = this.scene;
    for (const d of displays) {
      const cell = this.layout.cells[d.id];
      if (!cell || d.counters.length === 0) continue;
      const w = 38;
      const h = 22;
      const total = d.counters.length * w + (d.counters.length - 1) * 4;
      d.counters.forEach((c, i) => {
        const x = cell.centre.x - total / 2 + i * (w + 4);
        const y = cell.centre.y - 8;
        const box = this.own(s.add.rectangle(x, y, w, h, c.colour, c.estimate ? 0.45 : 1).setOrigin(0).setDepth(DEPTH.counters));
        box.setStrokeStyle(c.estimate ? 1.5 : 2, c.estimate ? 0xffffff : 0x000000, 1);
        const ink = c.estimate ? '#ffffff' : luminance(c.colour) > 150 ? '#000000' : '#ffffff';
        const t = this.own(
          s.add
            .text(x + w / 2, y + h / 2, c.text, { ...font(14, { bold: true, colour: ink }), fontStyle: c.estimate ? 'italic bold' : 'bold', stroke: c.estimate ? '#000000' : undefined, strokeThickness: c.estimate ? 3 : 0 })
            .setOrigin(0.5)
            .setDepth(DEPTH.counters),
        );
        this.counters.push(box, t);
      });
    }
  }

  drawArrows(arrows: readonly Arrow[], chips: readonly PatronChip[]): void {
    for (const o of this.arrowObjs) o.destroy();
    this.arrowObjs = [];
    const s = this.scene;
    const g = this.own(s.add.graphics().setDepth(DEPTH.arrows));
    this.arrowObjs.push(g);
    for (const c of chips) {
      const t = this.own(s.add.text(c.at.x, c.at.y, c.name, { ...font(13, { bold: true, colour: luminance(c.colour) > 150 ? '#000000' : '#ffffff' }), backgroundColor: '#' + c.colour.toString(16).padStart(6, '0'), padding: { x: 6, y: 3 } }).setOrigin(0.5).setDepth(DEPTH.labels));
      this.arrowObjs.push(t);
    }
    for (const a of arrows) {
      const support = a.style === 'support-overt' || a.style === 'support-covert';
      const width = a.style === 'attack' ? 5 : support ? 3 : 4;
      if (a.style === 'move' || a.style === 'support-covert') {
        dashed(g, a.from, a.to, width + 3, 0x000000, 0.8, 10, 6);
        dashed(g, a.from, a.to, width, support ? a.colour : 0xffffff, 1, 10, 6);
      } else if (a.style === 'strike') {
        dashed(g, a.from, a.to, width + 2, 0x000000, 0.8, 3, 5);
        dashed(g, a.from, a.to, width - 1, 0xffffff, 1, 3, 5);
        g.lineStyle(2.5, 0xffffff, 1).strokeCircle(a.to.x, a.to.y, 9);
      } else {
        g.lineStyle(width + 3, 0x000000, 0.8).lineBetween(a.from.x, a.from.y, a.to.x, a.to.y);
        g.lineStyle(width, support ? a.colour : 0xffffff, 1).lineBetween(a.from.x, a.from.y, a.to.x, a.to.y);
      }
      arrowHead(g, a.from, a.to, support ? a.colour : 0xffffff);
      if (a.label) {
        const f = support ? 0.4 : 0.5;
        const mx = a.from.x + (a.to.x - a.from.x) * f;
        const my = a.from.y + (a.to.y - a.from.y) * f;
        const t = this.own(
          s.add
            .text(mx, my, a.label, { ...font(support ? 11 : 13, { bold: true, colour: support ? '#ffffff' : '#000000', wrap: support ? 110 : undefined, align: 'center' }), backgroundColor: support ? '#000000b0' : '#ffffff', padding: { x: 4, y: 1 } })
            .setOrigin(0.5)
            .setDepth(DEPTH.arrows + 0.5),
        );
        this.arrowObjs.push(t);
      }
    }
  }

  /** A short pulse on a region for the turn playback. */
  pulse(region: string, colour: number, text: string, duration: number): void {
    const cell = this.layout.cells[region];
    if (!cell) return;
    const s = this.scene;
    const ring = this.own(s.add.circle(cell.centre.x, cell.centre.y, 20).setStrokeStyle(5, colour, 1).setDepth(DEPTH.fx));
    s.tweens.add({ targets: ring, radius: 60, alpha: 0, duration, onComplete: () => ring.destroy() });
    const t = this.own(
      s.add
        .text(cell.centre.x, cell.centre.y + 40, text, { ...font(15, { bold: true }), backgroundColor: '#000000d0', padding: { x: 6, y: 3 }, stroke: '#000000', strokeThickness: 2 })
        .setOrigin(0.5, 0)
        .setDepth(DEPTH.fx),
    );
    s.tweens.add({ targets: t, y: t.y - 16, alpha: { from: 1, to: 0.85 }, duration, onComplete: () => t.destroy() });
  }
}
