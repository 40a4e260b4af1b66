// Branch: from the week shown, tick the actors to take (one plays alone, several as a hot seat;
// the computer plays the rest), and the game goes on in the normal game UI from that week. Its
// replay records its parent and week (Replay.branch) and it joins the tree under its parent.
import type * as Phaser from 'phaser';
import { DIFFICULTIES, type Difficulty } from '../../ai';
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

/** Asks which actors to take from this week and how well the computer plays the rest: null when cancelled. */
async function chooseActors(t: Theatre): Promise<{ humans: string[]; difficulty: Difficulty } | null> {
  const g = t.current()!;
  const state = g.state(t.week);
  let error: string | null = null;
  let difficulty: Difficulty = app.choice.difficulty;
  for (;;) {
    const level = h('select', { 'data-hook': 'theatre.branch.difficulty', 'aria-label': 'How well the computer plays the others' }, ...DIFFICULTIES.map((d) => h('option', { value: d, selected: d === difficulty }, d)));
    const boxes = hotSeatActors(g.scenario).map((id) => {
      const input = h('input', { type: 'checkbox', value: id, checked: t.perspective === id });
      return { id, input, label: h('label', { 'data-hook': `theatre.branch.actor.${id}` }, input, h('span', { class: 'swatch', style: `background:${cssColour(actorColour(id))}` }), state.actors[id]?.name ?? id) };
    });
    const answer = await showDialog(
      `Branch at week ${t.week}`,
      [
        h('p', {}, `Play on from ${t.week === 0 ? 'the opening' : `week ${t.week}`} of this game: tick the actors you take (several: a hot seat at this screen). The computer plays the others. The game as played stays in the tree beside the branch.`),
        h('div', { class: 'hotseat-pick', 'data-hook': 'theatre.branch.pick' }, ...boxes.map((b) => b.label)),
        h('label', {}, 'The computer plays ', level),
        error ? h('div', { class: 'error', role: 'alert' }, error) : null,
      ],
      [
        { key: 'branch', label: 'Play on', primary: true },
        { key: 'cancel', label: 'Cancel' },
      ],
    );
    if (answer !== 'branch') return null;
    difficulty = DIFFICULTIES.find((d) => d === level.value) ?? difficulty;
    const ticked = boxes.filter((b) => b.input.checked).map((b) => b.id);
    if (ticked.length > 0) return { humans: ticked, difficulty };
    error = 'Tick at least one actor to play.';
  }
}

/** Asks for the actors, then starts the branch on the board; refused with the reason if it cannot start. */
export async function startBranch(scene: Phaser.Scene, t: Theatre): Promise<void> {
  const parent = t.timeline();
  const g = t.current();
  if (!parent || !g) return;
  const chosen = await chooseActors(t);
  if (!chosen) return;
  const { humans, difficulty } = chosen;
  const made = gameFromReplay(branchReplay(parent.replay, t.week), { human: humans[0], difficulty, humans: humans.length > 1 ? humans : undefined });
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
