// Host a class: scenario, variant, seed, the computer actors' difficulty, the actors teams play,
// and the turn deadline. The host becomes the class's facilitator.
import type * as Phaser from 'phaser';
import { defaultEndpoint, hostClass, MAX_WORLDS, type HostRequest } from '../../net';
import { teamPlayable } from '../../scenario/team-playable';
import { app, randomSeed, scenarioOf, scenarios } from '../app';
import { DIFFICULTIES, type Difficulty } from '../computer';
import { h } from '../dom';
import { setReady } from '../hook';
import { actorColour, cssColour } from '../palette';
import { keepCredentials } from './credentials';
import { enterClass } from './enter';
import { closeScreen, errorLine, openScreen, row } from './screen';

interface HostChoice {
  scenarioId: string;
  variant: string | null;
  seed: string;
  difficulty: Difficulty;
  teams: Set<string>;
  deadline: string;
  worlds: number;
}

export function hostForm(scene: Phaser.Scene): void {
  const c: HostChoice = { scenarioId: app.choice.scenarioId, variant: null, seed: randomSeed(), difficulty: 'normal', teams: new Set(), deadline: '', worlds: 1 };
  const render = (): void => {
    const scenario = scenarioOf(c.scenarioId) ?? Object.values(scenarios)[0];
    const actors = teamPlayable(scenario);
    for (const t of [...c.teams]) if (!actors.includes(t)) c.teams.delete(t);
    const error = errorLine('host.error');
    const select = (hook: string, options: [string, string][], value: string, set: (v: string) => void, rerender = false) =>
      h(
        'select',
        { 'data-hook': hook, onchange: (e: Event) => { set((e.target as HTMLSelectElement).value); if (rerender) render(); } },
        ...options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)),
      );
    const seed = h('input', { type: 'text', value: c.seed, 'data-hook': 'host.seed', spellcheck: 'false', maxlength: 64, oninput: (e: Event) => (c.seed = (e.target as HTMLInputElement).value.trim()) });
    const start = h('button', { class: 'primary', 'data-hook': 'host.start' }, 'Host the class \u25b6');
    const host = async (): Promise<void> => {
      const deadline = c.deadline.trim() === '' ? null : Number(c.deadline);
      if (c.teams.size === 0) return error.say('Tick at least one actor for a team to play.');
      if (deadline !== null && (!Number.isInteger(deadline) || deadline < 1)) return error.say('The turn deadline is a whole number of minutes, or empty for none.');
      start.disabled = true;
      error.say(null);
      const request: HostRequest = { scenarioId: scenario.id, variant: c.variant, seed: c.seed || null, difficulty: c.difficulty, teamActors: actors.filter((a) => c.teams.has(a)), deadlineMinutes: deadline, worlds: c.worlds };
      const hosted = await hostClass(defaultEndpoint(), request);
      const entered = hosted.ok ? (keepCredentials({ code: hosted.code, facilitatorToken: hosted.facilitatorToken }), await enterClass(scene, { code: hosted.code, facilitatorToken: hosted.facilitatorToken })) : hosted;
      if (!entered.ok) {
        start.disabled = false;
        error.say(entered.code === 'ERR_NETWORK' ? `${entered.message} A class needs the game served by its class server (npm start).` : entered.message);
      }
    };
    start.addEventListener('click', () => void host());
    openScreen(
      'class-host',
      'Host a class',
      h('p', { class: 'muted' }, 'Teams of students play the actors you tick, each from its own browser; the computer plays the others. You get a join code and become the class\u2019s facilitator.'),
      row('Scenario', select('host.scenario', Object.values(scenarios).map((s) => [s.id, s.title]), scenario.id, (v) => ((c.scenarioId = v), (c.variant = null)), true)),
      row('Variant', select('host.variant', [['', 'As it happened'], ...scenario.variants.map((v): [string, string] => [v.id, v.name])], c.variant ?? '', (v) => (c.variant = v || null))),
      row('Seed', seed, h('button', { type: 'button', class: 'small', 'data-hook': 'host.newSeed', onclick: () => ((c.seed = randomSeed()), (seed.value = c.seed)) }, 'New'), h('span', { class: 'muted small-text' }, 'never shown to students')),
      row('Computer actors', select('host.difficulty', DIFFICULTIES.map((d): [string, string] => [d, d[0].toUpperCase() + d.slice(1)]), c.difficulty, (v) => (c.difficulty = v as Difficulty))),
      h(
        'div',
        { class: 'frow' },
        h('span', { class: 'lbl' }, 'Teams play'),
        h(
          'div',
          { class: 'fctl checks' },
          ...actors.map((id) => {
            const a = scenario.actors.find((x) => x.id === id)!;
            const commanded = scenario.actors.filter((x) => x.commandedBy === id).map((x) => x.name);
            return h(
              'label',
              { class: 'check team-check', 'data-hook': `host.actor.${id}` },
              h('input', { type: 'checkbox', checked: c.teams.has(id), onchange: (e: Event) => ((e.target as HTMLInputElement).checked ? c.teams.add(id) : c.teams.delete(id)) }),
              h('span', { class: 'swatch', style: `background:${cssColour(actorColour(id))}` }),
              a.name,
              commanded.length ? h('span', { class: 'muted small-text' }, ` (with ${commanded.join(', ')})`) : null,
            );
          }),
        ),
      ),
      row('Turn deadline', h('input', { type: 'number', min: 1, max: 1440, step: 1, placeholder: 'none', value: c.deadline, 'data-hook': 'host.deadline', oninput: (e: Event) => (c.deadline = (e.target as HTMLInputElement).value) }), h('span', { class: 'muted small-text' }, 'minutes; empty: no deadline (the turn waits for every team, or for you)')),
      row(
        'Boards',
        select('host.worlds', Array.from({ length: MAX_WORLDS }, (_, i): [string, string] => [String(i + 1), i === 0 ? 'One board' : `${i + 1} parallel boards`]), String(c.worlds), (v) => (c.worlds = Number(v))),
        h('span', { class: 'muted small-text' }, 'parallel boards (sections or groups) start from the same seed: differences come only from decisions'),
      ),
      error.el,
      h('div', { class: 'dbuttons' }, start, h('button', { 'data-hook': 'host.cancel', onclick: () => backToMenu() }, 'Back')),
    );
  };
  render();
}

export function backToMenu(): void {
  closeScreen();
  setReady('menu', true);
}
