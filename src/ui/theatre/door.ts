// The replay theatre is not needed to play, so the page loads its code the first time the theatre
// opens (the menu's button, a replay file, a link, the debrief), and its scene joins the game then.
import type * as Phaser from 'phaser';
import { message } from '../menu-dialogs';

export type TheatreCode = typeof import('./replay-theatre');

let loading: Promise<TheatreCode> | null = null;

function theatreCode(game: Phaser.Game): Promise<TheatreCode> {
  // The browser remembers a module that failed to load for the page's life: only a reload tries again.
  loading ??= import('./replay-theatre').then((code) => {
    if (!game.scene.getScene('theatre')) game.scene.add('theatre', code.TheatreScene);
    return code;
  });
  return loading;
}

/**
 * Runs `use` with the theatre's code, loaded once. If it cannot load, a dialog says so, the page
 * stays as it was, and the answer is false.
 */
export async function withTheatre(scene: Phaser.Scene, use: (code: TheatreCode) => void | Promise<void>): Promise<boolean> {
  let code: TheatreCode;
  try {
    code = await theatreCode(scene.game);
  } catch (e) {
    await message('The replay theatre could not load', `Its code did not arrive (${(e as Error).message}). Check the connection and reload the page: the game in progress is autosaved.`);
    return false;
  }
  await use(code);
  return true;
}
