// The replay theatre is not needed to play, so the page loads its code the first time the theatre
// opens (the menu's button, a replay file, a link, the debrief), and its scene joins the game then.
// The menu's own ways in (its button, a ?replay= or ?theatre= link) are here too.
import type * as Phaser from 'phaser';
import { app, scenarios } from '../app';
import { setReady } from '../hook';
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

function start(scene: Phaser.Scene, theatre: TheatreCode['Theatre']): void {
  app.theatre ??= theatre.load();
  setReady('theatre', false);
  scene.scene.start('theatre');
}

/** Opens the theatre on the timelines this browser keeps (the menu's *Replay theatre*). */
export async function showTheatre(scene: Phaser.Scene): Promise<void> {
  await withTheatre(scene, ({ Theatre }) => start(scene, Theatre));
}

/**
 * Opens the theatre on a shared game (?replay=) or a stored timeline (?theatre=): null, or why
 * not. A theatre that could not load has said so in its dialog, and the menu is ready again.
 */
export async function openTheatreLink(scene: Phaser.Scene, kind: 'replay' | 'theatre', value: string): Promise<string | null> {
  let refused: string | null = null;
  const loaded = await withTheatre(scene, async ({ decodeReplay, openTheatre, Theatre }) => {
    if (kind === 'replay') {
      const decoded = await decodeReplay(value, scenarios);
      if (!decoded.ok) refused = decoded.message;
      else openTheatre(scene, decoded.replay, 'Shared game', decoded.world);
      return;
    }
    const t = (app.theatre ??= Theatre.load());
    if (!t.timeline(value)) {
      refused = `This browser keeps no timeline "${value.slice(0, 40)}" (it may have been opened in another browser, or removed).`;
      return;
    }
    t.select(value);
    t.goTo(t.current()?.lastWeek ?? 0);
    start(scene, Theatre);
  });
  if (!loaded) setReady('menu', true);
  return refused;
}
