// The Phaser game: the scenes (menu, board, debrief, hot seat's hand-over; the replay theatre's once it first opens) on a canvas that fills the board area.
import * as Phaser from 'phaser';
import { installTooltips } from './dom';
import { setSource } from './hook';
import { app } from './app';
import { hashState } from '../engine';
import { THEME } from './palette';
import { BoardScene } from './scenes/board';
import { DebriefScene } from './scenes/debrief';
import { MenuScene } from './scenes/menu';
import { HandoverScene } from './hotseat-scene';
import type { Theatre } from './theatre/theatre';
import { sleepWhenStill } from './sleep';

/** The texts of a display list, containers opened. */
function texts(list: readonly Phaser.GameObjects.GameObject[]): string[] {
  return list.flatMap((o) => (o instanceof Phaser.GameObjects.Text ? [o.text] : o instanceof Phaser.GameObjects.Container ? texts(o.list) : []));
}

function theatreHash(t: Theatre): string | null {
  const g = t.current();
  return g ? hashState(g.state(t.week)) : null;
}

export function startGame(): Phaser.Game {
  installTooltips();
  setSource({
    // While the hand-over screen shows, nothing of any team's view is readable.
    // The theatre: the week shown, from the perspective chosen, and the timeline's replay.
    view: () => (app.theatre?.showing ? app.theatre.view() : app.table ? app.table.play.view() : app.session && !app.session.hotseat?.handover ? app.session.view() : null),
    hash: () => (app.theatre?.showing ? theatreHash(app.theatre) : app.table ? app.table.hash() : app.session ? hashState(app.session.state) : null),
    replay: () => (app.theatre?.showing ? app.theatre.timeline()?.replay ?? null : app.table ? app.table.replay() : app.session?.replay ?? null),
    hotseat: () => (app.table ? null : app.session?.hotseat?.status() ?? null),
    labels: () => game.scene.getScenes(true).flatMap((s) => texts(s.children.list)),
    asleep: () => !game.loop.running,
    frames: () => game.loop.frame,
  });
  const parent = document.getElementById('board')!;
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: THEME.background,
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    antialias: true,
    // Two texture units a batch, not every unit the GPU has (16 in headless Chromium's software
    // GL): the batch shader is compiled with a branch per unit, and without a GPU that compiling
    // is a large part of the load (7 interleaved loads each: 986 ms to first board with all 16,
    // 865 with 2). The board has few textures; the screenshots are the same pixel for pixel.
    render: { maxTextures: 2 },
    banner: false,
    // The game makes no sound: without this Phaser opens a WebAudio context at boot (5–6% of
    // the page's CPU profile up to the first board in headless Chromium).
    audio: { noAudio: true },
    // The replay theatre's scene joins when the theatre first opens (theatre/door.ts).
    scene: [MenuScene, BoardScene, DebriefScene, HandoverScene],
  });
  // The side panel appears and disappears with the scene: tell the scale manager at once. Only
  // when the size really changed: a refresh resizes the canvas, and resizing a WebGL canvas
  // reallocates its drawing buffer even to the same size (the observer also fires once at start).
  new ResizeObserver(() => {
    if (game.scale.getParentBounds()) game.scale.refresh();
  }).observe(parent);
  sleepWhenStill(game, document.body);
  return game;
}
