// The board sleeps when nothing moves: Phaser asks for no frame until the page is touched (a
// pointer, a key, the wheel, a resized window), changes (the panels beside the board, which every
// redraw of the board renders too) or a scene is asked to start or stop, and wakes for a second
// after each. A turn-based board is still most of the time; without a GPU its frames cost far
// more than the game: an idle board kept Chromium's GPU process on 1.7 of a two-core machine's
// cores (8.5 s of CPU in 5 s, 20 frames a second), in software GL, compositing and reading back
// each frame.
//
// While odds continuations run in workers the board sleeps even as the odds panel changes, so the
// workers have the cores: only a touch wakes it, for a few seconds (500 continuations, cold
// workers: 46–51 games/s at 8 frames a second, 66 asleep).
import type * as Phaser from 'phaser';
import { onContinuationsBusy } from './odds/run';

/** How long the board stays awake after the last touch or change. */
const AWAKE_MS = 1000;
/** How long a touch of the page wakes the board while odds continuations run. */
const WOKEN_MS = 3000;

/** Whether a scene of the game still animates: a tween running, or a timer waiting to fire. */
function moving(game: Phaser.Game): boolean {
  return game.scene.getScenes(true).some((s) => {
    if (s.tweens.getTweens().length > 0) return true;
    // Phaser's clock has no public list of its events; the playback's steps are timers.
    const clock = s.time as unknown as { _active?: readonly unknown[]; _pendingInsertion?: readonly unknown[] };
    return (clock._active?.length ?? 0) + (clock._pendingInsertion?.length ?? 0) > 0;
  });
}

/** A change inside an element marked `data-still` (a clock ticking beside the board) leaves it asleep. */
function still(change: MutationRecord): boolean {
  const el = change.target instanceof Element ? change.target : change.target.parentElement;
  return el?.closest('[data-still]') != null;
}

export function sleepWhenStill(game: Phaser.Game, page: HTMLElement): void {
  let oddsBusy = false;
  let nap: ReturnType<typeof setTimeout> | null = null;
  const later = (ms: number): void => {
    if (nap !== null) clearTimeout(nap);
    nap = setTimeout(doze, ms);
  };
  const doze = (): void => {
    nap = null;
    if (!oddsBusy && moving(game)) later(AWAKE_MS);
    else game.loop.sleep();
  };
  const wake = (ms: number): void => {
    game.loop.wake();
    later(ms);
  };
  onContinuationsBusy((now) => {
    oddsBusy = now;
    if (now) {
      if (nap !== null) clearTimeout(nap);
      nap = null;
      game.loop.sleep();
    } else wake(AWAKE_MS);
  });
  // A scene asked to start, stop or restart (a class's welcome, a link, the end of a game) waits
  // for the next frame to do it, whatever woke the board before.
  // (ScenePlugin's start, restart, run, stop… all queue through queueOp, which Phaser's types leave out.)
  const scenes = game.scene as unknown as { queueOp(...args: unknown[]): unknown };
  const queueOp = scenes.queueOp.bind(scenes);
  scenes.queueOp = (...args: unknown[]) => {
    wake(AWAKE_MS);
    return queueOp(...args);
  };
  const touched = (): void => wake(oddsBusy ? WOKEN_MS : AWAKE_MS);
  // Captured before Phaser's own listeners, so the board is awake to take the event they queue;
  // a resized window too, whose canvas is cleared and must be drawn again.
  for (const type of ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'keydown', 'resize', 'focus']) window.addEventListener(type, touched, { capture: true, passive: true });
  // A page shown again draws itself again, in case the browser dropped its canvas meanwhile.
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) touched();
  });
  new MutationObserver((changes) => {
    if (!oddsBusy && !changes.every(still)) wake(AWAKE_MS);
  }).observe(page, { subtree: true, childList: true, characterData: true, attributes: true });
  later(AWAKE_MS);
}
