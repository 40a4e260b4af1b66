// Branch: from the week shown, tick the actors to take (one plays alone, several as a hot seat;
// the computer plays the rest), and the game goes on in the normal game UI from that week. Its
// replay records its parent and week (Replay.branch) and it joins the tree under its parent.
import type * as Phaser from 'phaser';
import { app } from '../app';
import { h, showDialog } from '../dom';
import { setReady } from '../hook';
import { hotSeatActors } from '../hotseat';
import { actorColour, cssColour } from '../palette';
import { gameFromReplay } from '../save';
import { writeAutosave } from '../store';
import { sessionLabel } from './open';
import type { Theatre } from './theatre';
import { branchReplay } from './tree';

/** Asks which actors to take from this week: null when cancelled. */
async function chooseActors(t: Theatre): Promise<string[] | null> {
  const g = t.current()!;
  const state = g.state(t.week);
  let error: string | null = null;
  for (;;) {
    const boxes = hotSeatActors(g.scenario).map((id) => {
      const input = h('input', { type: 'checkbox', value: id, checked: t.perspective === id });
      return { id, input, label: h('label', { 'data-hook': `theatre.branch.actor.${id}` }, input, h('span', { class: 'swatch', style: `background:${cssColour(actorColour(id))}` }), state.actors[id]?.name ?? id) };
    });
    const answer = await showDialog(
      `Branch at week ${t.week}`,
      [
        h('p', {}, `Play on from ${t.week === 0 ? 'the opening' : `week ${t.week}`} of this game: tick the actors you take (several: a hot seat at this screen). The computer plays the others, at the menu's difficulty (${app.choice.difficulty}). The game as played stays in the tree beside the branch.`),
        h('div', { class: 'hotseat-pick', 'data-hook': 'theatre.branch.pick' }, ...boxes.map((b) => b.label)),
        error ? h('div', { class: 'error', role: 'alert' }, error) : null,
      ],
      [
        { key: 'branch', label: 'Play on', primary: true },
        { key: 'cancel', label: 'Cancel' },
      ],
    );
    if (answer !== 'branch') return null;
    const ticked = boxes.filter((b) => b.input.checked).map((b) => b.id);
    if (ticked.length > 0) return ticked;
    error = 'Tick at least one actor to play.';
  }
}

/** Asks for the actors, then starts the branch on the board; refused with the reason if it cannot start. */
export async function startBranch(scene: Phaser.Scene, t: Theatre): Promise<void> {
  const parent = t.timeline();
  const g = t.current();
  if (!parent || !g) return;
  const humans = await chooseActors(t);
  if (!humans) return;
  const made = gameFromReplay(branchReplay(parent.replay, t.week), { human: humans[0], difficulty: app.choice.difficulty, humans: humans.length > 1 ? humans : undefined });
  if (!made.ok) {
    await showDialog('The branch cannot start', h('p', {}, made.message), [{ key: 'ok', label: 'OK', primary: true }]);
    return;
  }
  const session = made.session;
  t.add(session.replay, sessionLabel(session), { parent: parent.id, fresh: true });
  writeAutosave(session);
  app.session = session;
  app.table = null;
  const key = session.state.ended ? 'debrief' : 'board';
  setReady(key, false);
  scene.scene.start(key);
}
