// The menu's Hot seat… dialog: tick the actors played by teams at this screen (the computer plays
// the others), with the scenario, variant, seed and difficulty chosen in the menu.
import { scenarioOf, scenarios, type MenuChoice } from './app';
import { h, showDialog } from './dom';
import { hotSeatActors } from './hotseat';
import { actorColour, cssColour } from './palette';
import { GameSession, type Outcome } from './session';
import { checkSettings } from './settings';
import './hotseat.css';

/** The actors ticked last time (the dialog opens with them). */
let ticked: string[] = [];

/** Asks for the teams and starts the game: null when the dialog is cancelled. */
export async function newHotSeat(choice: MenuChoice): Promise<Outcome<{ session: GameSession }> | null> {
  const scenario = scenarioOf(choice.scenarioId);
  if (!scenario) return { ok: false, message: `There is no scenario "${choice.scenarioId}" in this build.` };
  const offered = hotSeatActors(scenario);
  let error: string | null = null;
  for (;;) {
    const boxes = offered.map((id) => {
      const actor = scenario.actors.find((a) => a.id === id)!;
      const input = h('input', { type: 'checkbox', value: id, checked: ticked.includes(id) });
      return { id, input, label: h('label', { 'data-hook': `hotseat.actor.${id}` }, input, h('span', { class: 'swatch', style: `background:${cssColour(actorColour(id))}` }), actor.name) };
    });
    const variant = scenario.variants.find((v) => v.id === choice.variant)?.name ?? 'As it happened';
    const answer = await showDialog(
      'Hot seat: teams at one screen',
      [
        h('p', {}, 'Tick the actors played by teams at this screen; the computer plays the others. Each week the teams give their orders in turn, and a hand-over screen hides the board between two teams, so that no team sees another\u2019s orders.'),
        h('div', { class: 'hotseat-pick', 'data-hook': 'hotseat.pick' }, ...boxes.map((b) => b.label)),
        h('p', { class: 'muted' }, `${scenario.title} \u00b7 ${variant} \u00b7 computer: ${choice.difficulty} \u00b7 seed ${choice.seed} (change them in the menu)`),
        error ? h('div', { class: 'error', role: 'alert' }, error) : null,
      ],
      [
        { key: 'start', label: 'Start hot seat', primary: true },
        { key: 'cancel', label: 'Cancel' },
      ],
    );
    ticked = boxes.filter((b) => b.input.checked).map((b) => b.id);
    if (answer !== 'start') return null;
    if (ticked.length >= 2) return startHotSeat(choice, ticked);
    error = 'Tick two actors or more (to play alone, close this and use Start).';
  }
}

/** A new hot-seat game with the menu's settings and these teams (checked first). */
function startHotSeat(choice: MenuChoice, humans: readonly string[]): Outcome<{ session: GameSession }> {
  const checked = checkSettings(scenarios, { ...choice, human: humans[0] });
  if (!checked.ok) return checked;
  return GameSession.start(checked.scenario, { ...checked.config, humans });
}
