// The facilitator's roster: every team-played actor, its team, who is online, whether its orders
// are in; and per team the two switches of the console: hand the actor to the computer (and
// back), mute the team's press (and unmute).
import type { ClassConnection, ConsoleState, Reply, Roster } from '../../net';
import { h } from '../dom';
import { actorColour, cssColour } from '../palette';

export function rosterTable(conn: ClassConnection, roster: Roster | null, consoleState: ConsoleState | null, name: (a: string) => string, act: (what: () => Promise<Reply>) => void): HTMLElement {
  const teams = roster?.teams ?? [];
  const online = conn.status === 'connected';
  return h(
    'table',
    { class: 'fig roster', 'data-hook': 'facilitator.roster' },
    h('tr', {}, h('th', {}, 'Actor'), h('th', {}, 'Team'), h('th', { class: 'n' }, 'Online'), h('th', { class: 'n' }, 'Orders'), h('th', { class: 'n' }, '')),
    ...teams.map((t) => {
      const computer = t.computer || (consoleState?.computer.includes(t.actor) ?? false);
      const muted = t.muted || (consoleState?.muted.includes(t.actor) ?? false);
      return h(
        'tr',
        { 'data-hook': `facilitator.roster.${t.actor}`, 'data-connected': t.connected, 'data-submitted': t.submitted ? 'yes' : 'no', 'data-computer': computer ? 'yes' : 'no', 'data-muted': muted ? 'yes' : 'no' },
        h('td', {}, h('span', { class: 'swatch', style: `background:${cssColour(actorColour(t.actor))};margin-right:6px` }), name(t.actor)),
        h('td', {}, t.name ?? h('span', { class: 'muted' }, 'no team yet'), computer ? h('div', { class: 'small-text warn' }, 'played by the computer') : null, muted ? h('div', { class: 'small-text warn' }, 'press muted') : null),
        h('td', { class: `n ${t.connected > 0 ? 'on' : 'off'}` }, t.name === null ? '\u2013' : `${t.connected > 0 ? '\u25cf' : '\u25cb'} ${t.connected} of ${t.members}`),
        h('td', { class: `n ${t.submitted ? 'on' : ''}` }, t.submitted ? 'in \u2713' : '\u2013'),
        h(
          'td',
          { class: 'n team-switches' },
          h(
            'button',
            { class: 'small', 'data-hook': `facilitator.computer.${t.actor}`, disabled: !online, 'data-tip': computer ? `Give ${name(t.actor)} back to its team from the next orders on.` : `Let the computer play ${name(t.actor)} (the team watches) until you give it back.`, onclick: () => act(() => conn.setComputer(t.actor, !computer)) },
            computer ? 'Give back' : 'Computer',
          ),
          h(
            'button',
            { class: 'small', 'data-hook': `facilitator.mute.${t.actor}`, disabled: !online, 'data-tip': muted ? 'Let this team send press again.' : 'Stop this team sending press (it still reads what it receives).', onclick: () => act(() => conn.setMuted(t.actor, !muted)) },
            muted ? 'Unmute' : 'Mute',
          ),
        ),
      );
    }),
  );
}
