// The facilitator's table: the whole (true) board, the join code, the roster of teams, and the
// two buttons that run a class (start, end the turn now). Every team's orders resolve on the
// server; this page plays each turn back from the truth it is sent.
import { dateOfTurn, longDate } from '../../engine';
import type { ClassConnection, Reply, Roster } from '../../net';
import { h } from '../dom';
import { turnLine } from '../format';
import { newsFeed } from '../news';
import { actorColour, cssColour } from '../palette';
import type { Table } from '../table';
import { closesAt, connectionBadge, connectionStrip } from './connection-status';
import { joinCard } from './join-card';
import { turnLog, type FacilitatorPlay } from './plays';

function rosterTable(roster: Roster | null, name: (a: string) => string): HTMLElement {
  const teams = roster?.teams ?? [];
  return h(
    'table',
    { class: 'fig roster', 'data-hook': 'facilitator.roster' },
    h('tr', {}, h('th', {}, 'Actor'), h('th', {}, 'Team'), h('th', { class: 'n' }, 'Online'), h('th', { class: 'n' }, 'Orders')),
    ...teams.map((t) =>
      h(
        'tr',
        { 'data-hook': `facilitator.roster.${t.actor}`, 'data-connected': t.connected, 'data-submitted': t.submitted ? 'yes' : 'no' },
        h('td', {}, h('span', { class: 'swatch', style: `background:${cssColour(actorColour(t.actor))};margin-right:6px` }), name(t.actor)),
        h('td', {}, t.name ?? h('span', { class: 'muted' }, 'no team yet')),
        h('td', { class: `n ${t.connected > 0 ? 'on' : 'off'}` }, t.name === null ? '\u2013' : `${t.connected > 0 ? '\u25cf' : '\u25cb'} ${t.connected} of ${t.members}`),
        h('td', { class: `n ${t.submitted ? 'on' : ''}` }, t.submitted ? 'in \u2713' : '\u2013'),
      ),
    ),
  );
}

export function facilitatorTable(conn: ClassConnection, play: FacilitatorPlay, code: string): Table {
  let message: string | null = null;
  let events: { changed(): void } | null = null;
  const act = async (what: () => Promise<Reply>): Promise<void> => {
    const r = await what();
    message = r.ok ? null : r.message;
    events?.changed();
  };
  const status = () => conn.truth?.status ?? 'lobby';
  const name = (a: string) => play.view().actors[a]?.name ?? a;
  return {
    play,
    endTurnButton: () => ({ label: 'End turn now', tip: 'The facilitator ends turns from the side panel.', disabled: true }),
    menuTip: 'Leave the facilitator\u2019s board for the menu (the class goes on; open the join link again to come back)',
    emptyTurn: { title: '', text: '', confirm: '' },
    endTurn: () => Promise.resolve({ ok: false, message: 'The facilitator ends turns with End turn now.' }),
    watch: (board) => {
      events = board;
      connectionStrip(conn, null);
      const offs = [
        conn.on('truth', (t) => {
          const before = play.view();
          play.update(t.state);
          if (t.turn > before.turn) board.resolved(turnLog(conn.log, t.turn - 1), before);
          else board.changed();
        }),
        conn.on('status', () => {
          connectionStrip(conn, null);
          board.changed();
        }),
        ...(['roster', 'submitted', 'error'] as const).map((k) => conn.on(k, () => board.changed())),
      ];
      return () => {
        events = null;
        for (const off of offs) off();
      };
    },
    panels: {
      topbar: (root, busy, nav) => {
        const view = play.view();
        root.replaceChildren(
          h('div', {}, h('div', { class: 'date', 'data-hook': 'board.date' }, longDate(dateOfTurn(view.calendar, view.turn))), h('div', { class: 'turn' }, `${turnLine(view)} \u00b7 ${status()}`)),
          h('div', { class: 'who' }, 'Facilitator \u00b7 class ', h('span', { class: 'code-inline' }, code), ' ', connectionBadge(conn)),
          h('div', { class: 'stats' }, h('div', { class: 'stat', 'data-tip': 'The state hash after the last resolved turn: the class\u2019s replay ends on it.' }, h('span', { class: 'k' }, 'State hash'), h('span', { class: 'v mono', 'data-hook': 'facilitator.hash' }, conn.truth?.hash.slice(0, 12) ?? ''))),
          h('button', { 'data-hook': 'board.help', onclick: nav.help }, '?'),
          h('button', { 'data-hook': 'board.menu', 'data-tip': 'Leave the facilitator\u2019s board (the class goes on; the join link brings you back)', disabled: busy, onclick: nav.menu }, 'Menu'),
        );
      },
      side: (root) => {
        const roster = conn.roster;
        const running = status() === 'running';
        const pane = h(
          'div',
          { class: 'pane' },
          joinCard(code),
          message ? h('div', { class: 'error', role: 'alert' }, message) : null,
          h('h3', {}, 'Teams'),
          rosterTable(roster, name),
          h(
            'div',
            { class: 'fac-buttons' },
            status() === 'lobby'
              ? h('button', { class: 'primary', 'data-hook': 'facilitator.start', 'data-tip': 'Open the first week: teams can submit orders.', disabled: conn.status !== 'connected', onclick: () => void act(() => conn.start()) }, 'Start the class \u25b6')
              : null,
            running
              ? h('button', { class: 'primary', 'data-hook': 'facilitator.endTurn', 'data-tip': 'Resolve this week now: teams that have not submitted hold.', disabled: conn.status !== 'connected', onclick: () => void act(() => conn.endTurn()) }, 'End turn now')
              : null,
            h('span', { class: 'muted small-text' }, status() === 'lobby' ? 'Teams join, then you start.' : running ? `${roster?.teams.filter((t) => t.submitted).length ?? 0} of ${roster?.teams.length ?? 0} teams in${closesAt(roster?.deadline)}` : 'The game is over.'),
          ),
          h('h3', {}, play.view().turn === 0 ? 'News' : `News of turn ${play.view().turn} (everything)`),
          play.view().turn === 0 ? h('div', { class: 'muted small-text' }, 'No week has been resolved yet.') : null,
          ...newsFeed(play.lastTurnLog()).map((it) => h('div', { class: `news ${it.tone}` }, h('div', {}, it.headline), ...it.details.map((d) => h('div', { class: 'd' }, d)))),
        );
        root.replaceChildren(pane);
      },
    },
    banner: () => null,
    debrief: false,
    leave: () => void conn.leave(),
    hash: () => conn.truth?.hash ?? null,
    replay: () => null,
  };
}
