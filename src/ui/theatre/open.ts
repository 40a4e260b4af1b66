// Ways into the theatre: a replay file (the menu's Load file, or Open file in the theatre), the
// debrief of the game just played, a branch played on the board, a class's board, a shared link.
import type * as Phaser from 'phaser';
import type { Replay } from '../../engine';
import type { PlayedWorld } from '../../report/world';
import { app } from '../app';
import { h } from '../dom';
import { setReady } from '../hook';
import { checkFileSize, sessionFromFile } from '../loading';
import { message } from '../menu-dialogs';
import type { GameSession } from '../session';
import { Theatre } from './theatre';

/** How a game played in this browser is named in the tree: who played, and where it branched. */
export function sessionLabel(session: GameSession): string {
  const names = session.humans.map((a) => session.state.actors[a]?.name ?? a).join(' + ');
  const b = session.replay.branch;
  return b ? `${names} from week ${b.week}` : `${names} (you)`;
}

/** A branch played on the board (and autosaved) joins its tree when the theatre opens again. */
export function syncSession(t: Theatre): void {
  const s = app.session;
  if (s?.replay.branch) t.add(s.replay, sessionLabel(s));
}

/** Opens the theatre on this game (added to the stored tree, or brought up to date there); `played`: its world, if just played. */
export function openTheatre(scene: Phaser.Scene, replay: Replay, label: string, played?: PlayedWorld): void {
  const t = (app.theatre ??= Theatre.load());
  t.add(replay, label, { played });
  setReady('theatre', false);
  scene.scene.start('theatre');
}

/** Asks for a replay (or a save) file; one the engine rebuilds is handed on, any other refused with the reason. */
export function chooseReplayFile(open: (replay: Replay, name: string) => void): void {
  const input = h('input', { type: 'file', accept: '.json,application/json' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void (async () => {
      const size = checkFileSize(file.size);
      const res = size.ok ? sessionFromFile(await file.text(), app.choice) : size;
      if (!res.ok) return message('Cannot open this file', res.message);
      open(res.session.replay, file.name.replace(/(\.replay)?\.json$/i, ''));
    })();
  });
  input.click();
}
