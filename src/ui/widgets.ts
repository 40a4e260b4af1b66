// Phaser widgets: a text button that the automation hook can locate.
import * as Phaser from 'phaser';
import { registerTarget, type PagePoint } from './hook';
import { THEME } from './palette';

export function font(size: number, opts: { bold?: boolean; colour?: string; wrap?: number; align?: string } = {}): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: THEME.fontFamily,
    fontSize: `${size}px`,
    fontStyle: opts.bold ? 'bold' : 'normal',
    color: opts.colour ?? '#f2f2f2',
    align: opts.align ?? 'left',
    wordWrap: opts.wrap ? { width: opts.wrap, useAdvancedWrap: true } : undefined,
    resolution: Math.min(2, window.devicePixelRatio || 1),
  };
}

/** Page pixels of a point on a camera's view (screen space within the canvas). */
function pageFromCanvas(scene: Phaser.Scene, x: number, y: number): PagePoint {
  const canvas = scene.game.canvas;
  const rect = canvas.getBoundingClientRect();
  const sx = rect.width / scene.scale.width;
  const sy = rect.height / scene.scale.height;
  return { x: Math.round(rect.left + x * sx), y: Math.round(rect.top + y * sy) };
}

export function pageFromWorld(scene: Phaser.Scene, cam: Phaser.Cameras.Scene2D.Camera, x: number, y: number): PagePoint | null {
  const v = cam.worldView;
  const cx = (x - v.x) * cam.zoom + cam.x;
  const cy = (y - v.y) * cam.zoom + cam.y;
  if (cx < cam.x || cy < cam.y || cx > cam.x + cam.width || cy > cam.y + cam.height) return null;
  return pageFromCanvas(scene, cx, cy);
}

/**
 * Whether a press and its release were both on the canvas. Phaser also reports a release over an
 * HTML element above the canvas (a dialog's button, the zoom buttons) to the game object beneath
 * it; such a release is that element's click, not the object's.
 */
export function pressedOnCanvas(scene: Phaser.Scene, p: Phaser.Input.Pointer): boolean {
  const canvas = scene.game.canvas;
  return p.downElement === canvas && p.upElement === canvas;
}

export interface ButtonOptions {
  readonly id?: string;
  readonly selected?: boolean;
  readonly primary?: boolean;
  readonly disabled?: boolean;
  readonly size?: number;
  readonly swatch?: number;
  readonly sub?: string;
  readonly tip?: string;
}

export class TextButton extends Phaser.GameObjects.Container {
  private readonly bg: Phaser.GameObjects.Rectangle;

  constructor(scene: Phaser.Scene, x: number, y: number, w: number, h: number, label: string, onClick: () => void, opts: ButtonOptions = {}) {
    super(scene, x, y);
    const fill = opts.primary ? 0x0072b2 : opts.selected ? 0x2f3a4a : 0x262d39;
    const stroke = opts.selected ? 0xf0e442 : opts.primary ? 0x3a9ad9 : 0x3a4350;
    this.bg = scene.add.rectangle(0, 0, w, h, fill).setOrigin(0).setStrokeStyle(opts.selected ? 3 : 1, stroke);
    this.add(this.bg);
    const pad = opts.swatch !== undefined ? 34 : 12;
    if (opts.swatch !== undefined) {
      this.add(scene.add.rectangle(12, h / 2, 14, 14, opts.swatch).setOrigin(0, 0.5).setStrokeStyle(1, 0x000000));
    }
    const size = opts.size ?? 15;
    if (opts.sub) {
      const title = scene.add.text(pad, 8, label, font(size, { bold: true, wrap: w - pad - 10 }));
      this.add(title);
      this.add(scene.add.text(pad, 8 + title.height + 3, opts.sub, font(12, { colour: '#b8c0cc', wrap: w - pad - 10 })));
    } else {
      const t = scene.add.text(opts.swatch !== undefined ? pad : w / 2, h / 2, label, font(size, { bold: opts.primary || opts.selected }));
      t.setOrigin(opts.swatch !== undefined ? 0 : 0.5, 0.5);
      this.add(t);
    }
    this.setAlpha(opts.disabled ? 0.4 : 1);
    if (!opts.disabled) {
      this.bg.setInteractive({ useHandCursor: true });
      this.bg.on('pointerover', () => this.bg.setStrokeStyle(opts.selected ? 3 : 2, 0xf0e442));
      this.bg.on('pointerout', () => this.bg.setStrokeStyle(opts.selected ? 3 : 1, stroke));
      this.bg.on('pointerup', (p: Phaser.Input.Pointer) => {
        if (pressedOnCanvas(scene, p)) onClick();
      });
    }
    scene.add.existing(this);
    if (opts.id) {
      const id = opts.id;
      registerTarget(id, () => (this.active && this.visible && !opts.disabled ? pageFromCanvas(scene, this.x + w / 2, this.y + h / 2) : null));
    }
  }
}
