// Join a class: its code and a team name, then an actor (a free one, or a team already on one:
// several students may share an actor). A seat kept from before is offered first.
import type * as Phaser from 'phaser';
import { defaultEndpoint, lookupClass, type ClassSummary } from '../../net';
import { h } from '../dom';
import { actorColour, cssColour } from '../palette';
import { keptCredentials } from './credentials';
import { enterClass } from './enter';
import { backToMenu } from './host-form';
import { errorLine, openScreen, row } from './screen';

/** A code as typed (any case, with spaces or a dash) in the server's form. */
const cleanCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

export function joinForm(scene: Phaser.Scene, prefill = '', problem: string | null = null): void {
  const error = errorLine('join.error');
  const code = h('input', { type: 'text', value: prefill, maxlength: 9, autocomplete: 'off', spellcheck: 'false', placeholder: 'e.g. K7QM2P', 'data-hook': 'join.code', class: 'code-input' });
  const team = h('input', { type: 'text', maxlength: 24, autocomplete: 'off', placeholder: 'e.g. Caspian', 'data-hook': 'join.team' });
  const choices = h('div', { class: 'actor-choices', 'data-hook': 'join.actors' });
  const kept = h('div', {});
  const showKept = (): void => {
    const c = cleanCode(code.value);
    const seat = c.length === 6 ? keptCredentials(c) : null;
    kept.replaceChildren(
      seat
        ? h('button', { class: 'primary', 'data-hook': 'join.return', 'data-tip': 'This browser kept your place in this class', onclick: () => void enter(seat) }, 'facilitatorToken' in seat ? `Back to class ${c} as its facilitator \u25b6` : `Back to my seat in class ${c} \u25b6`)
        : '',
    );
  };
  const enter = async (credentials: Parameters<typeof enterClass>[1]): Promise<void> => {
    error.say(null);
    for (const b of screen.querySelectorAll('button')) b.disabled = true;
    const r = await enterClass(scene, credentials);
    if (r.ok) return;
    for (const b of screen.querySelectorAll('button')) b.disabled = false;
    showKept();
    error.say(r.message);
  };
  let world = 0;
  const pick = (summary: ClassSummary): void => {
    const open = summary.status !== 'ended';
    const worlds = summary.worlds.length ? summary.worlds : [summary.actors];
    if (world >= worlds.length) world = 0;
    choices.replaceChildren(
      h('h3', {}, `Class ${summary.code}: choose your actor`),
      ...(worlds.length > 1 ? [h('div', { class: 'seg' }, ...worlds.map((_, i) => h('button', { type: 'button', class: i === world ? 'on' : '', 'data-hook': `join.world.${i}`, onclick: () => ((world = i), pick(summary)) }, `Board ${i + 1}`)))] : []),
      ...worlds[world].map((a) =>
        h(
          'button',
          { class: 'opt actor-choice', 'data-hook': `join.actor.${a.id}`, disabled: !open, onclick: () => void enter({ code: summary.code, team: team.value.trim(), actor: a.id, ...(worlds.length > 1 ? { world } : {}) }) },
          h('span', { class: 'swatch', style: `background:${cssColour(actorColour(a.id))}` }),
          h('span', { class: 't' }, h('b', {}, a.name), h('div', { class: 'muted small-text' }, a.team === null ? 'No team yet: your team takes it' : `Team ${a.team} (${a.members} ${a.members === 1 ? 'student' : 'students'}): join them`)),
        ),
      ),
      open ? '' : h('div', { class: 'muted' }, 'This class has ended.'),
    );
  };
  const find = async (): Promise<void> => {
    const c = cleanCode(code.value);
    choices.replaceChildren();
    if (c.length !== 6) return error.say('A class code has six letters and digits, as shown on the projector.');
    error.say(null);
    const found = await lookupClass(defaultEndpoint(), c);
    if (!found.ok) return error.say(found.code === 'ERR_NETWORK' ? `${found.message} Join through the address your teacher gives (the class server).` : found.message);
    if (team.value.trim() === '' && found.summary.actors.some((a) => a.team === null)) error.say('Give your team a name to take a free actor (joining a team keeps its name).');
    pick(found.summary);
  };
  code.addEventListener('input', showKept);
  for (const input of [code, team]) input.addEventListener('keydown', (e) => e.key === 'Enter' && void find());
  const screen = openScreen(
    'class-join',
    'Join a class',
    h('p', { class: 'muted' }, 'Type the code on the projector and your team\u2019s name. No account and nothing about you is asked: this browser only keeps a seat token to bring you back to your seat.'),
    kept,
    row('Class code', code),
    row('Team name', team),
    error.el,
    h('div', { class: 'dbuttons' }, h('button', { class: 'primary', 'data-hook': 'join.submit', onclick: () => void find() }, 'Find the class \u25b6'), h('button', { 'data-hook': 'join.cancel', onclick: () => backToMenu() }, 'Back')),
    choices,
  );
  showKept();
  error.say(problem);
  (prefill ? team : code).focus();
}

/** Opening the join link (?class=CODE): back to a kept seat at once, else the join form. */
export async function joinFromLink(scene: Phaser.Scene, typed: string): Promise<void> {
  const c = cleanCode(typed);
  if (new URLSearchParams(location.search).has('projector')) return openProjector(scene, c);
  const seat = keptCredentials(c);
  if (!seat) return joinForm(scene, c);
  openScreen('class-connecting', `Class ${c}`, h('p', {}, 'Connecting to your seat\u2026'));
  const r = await enterClass(scene, seat);
  if (!r.ok) joinForm(scene, c, r.message);
}

/** Opening the projector's link (?class=CODE&projector): the class's public board, no seat taken. */
async function openProjector(scene: Phaser.Scene, code: string): Promise<void> {
  openScreen('class-connecting', `Class ${code}`, h('p', {}, 'Opening the projector view\u2026'));
  const r = await enterClass(scene, { code, projector: true });
  if (!r.ok) joinForm(scene, code, r.message);
}
