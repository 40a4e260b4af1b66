// The board's camera: fit the whole map above the legend, zoom about a point (buttons, keys,
// mouse wheel), and pan by dragging. A drag of a few pixels is still a click on a region.
import * as Phaser from 'phaser';
import { byId, h } from './dom';
import type { BoardLayout } from './map-layout';

/** Below this many pixels, a press and release is a click, not a drag. */
const DRAG_SLOP = 6;

export class BoardCamera {
  private fitZoom = 1;
  private drag: { x: number; y: number; sx: number; sy: number } | null = null;
  private moved = false;

  /**
   * @param legendHeight the height of the legend strip along the bottom, now (it changes with the
   *   window), which the fitted board stays above.
   * @param onPointerMove called on every pointer move, before any pan (the board's hover tips).
   */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layout: BoardLayout,
    private readonly legendHeight: () => number,
    onPointerMove: (p: Phaser.Input.Pointer) => void,
  ) {
    const cam = scene.cameras.main;
    scene.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      this.drag = { x: p.x, y: p.y, sx: cam.scrollX, sy: cam.scrollY };
      this.moved = false;
    });
    scene.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      onPointerMove(p);
      if (!this.drag || !p.isDown) return;
      const dx = p.x - this.drag.x;
      const dy = p.y - this.drag.y;
      if (!this.moved && Math.hypot(dx, dy) < DRAG_SLOP) return;
      this.moved = true;
      cam.scrollX = this.drag.sx - dx / cam.zoom;
      cam.scrollY = this.drag.sy - dy / cam.zoom;
    });
    scene.input.on('pointerup', () => {
      this.drag = null;
    });
    scene.input.on('wheel', (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      this.zoomBy(dy > 0 ? 0.9 : 1.1, p.x, p.y);
    });
  }

  /** Did the last press move the map (so its release is not a click)? */
  get dragged(): boolean {
    return this.moved;
  }

  /** The +, − and Fit buttons over the map's top right corner. */
  addButtons(): void {
    byId('board-overlay').append(
      h(
        'div',
        { style: 'position:absolute;right:10px;top:10px;display:flex;gap:4px' },
        h('button', { 'data-hook': 'board.zoomIn', 'data-tip': 'Zoom in (+ or mouse wheel)', onclick: () => this.zoomBy(1.25) }, '+'),
        h('button', { 'data-hook': 'board.zoomOut', 'data-tip': 'Zoom out (\u2212)', onclick: () => this.zoomBy(0.8) }, '\u2212'),
        h('button', { 'data-hook': 'board.fit', 'data-tip': 'Show the whole board (0)', onclick: () => this.fit() }, 'Fit'),
      ),
    );
  }

  /** Show the whole board, centred in the part of the view above the legend. */
  fit(): void {
    const cam = this.scene.cameras.main;
    const L = this.layout;
    const legend = this.legendHeight();
    this.fitZoom = Math.min(cam.width / L.width, (cam.height - legend) / L.height) * 0.99;
    cam.setZoom(this.fitZoom);
    cam.centerOn(L.width / 2, L.height / 2 + legend / 2 / this.fitZoom);
  }

  /** Zoom by a factor about a point of the view (its centre by default), within 0.8–4× the fit. */
  zoomBy(f: number, px?: number, py?: number): void {
    const cam = this.scene.cameras.main;
    const x = px ?? cam.width / 2;
    const y = py ?? cam.height / 2;
    const before = cam.getWorldPoint(x, y);
    const z = Phaser.Math.Clamp(cam.zoom * f, this.fitZoom * 0.8, this.fitZoom * 4);
    cam.setZoom(z);
    // Keep the point under the mouse where it was (the camera zooms about its centre).
    cam.scrollX = before.x - (x - cam.width / 2) / z - cam.width / 2;
    cam.scrollY = before.y - (y - cam.height / 2) / z - cam.height / 2;
  }
}
