// The projector: the class's public board on the classroom wall, opened from the console's link
// (?class=CODE&projector). It shows what every team may see: the board (control, treaties, wars),
// the date, the deadline counting down, which teams have submitted, the public news, public press
// and announcements. The server sends it nothing more, so nothing secret can show.
import { dateOfTurn, longDate } from '../../engine';
import type { ClassConnection } from '../../net';
import { h } from '../dom';
import { turnLine } from '../format';
import { newsFeed } from '../news';
import { actorColour, cssColour } from '../palette';
import type { Table } from '../table';
import { connectionBadge, connectionStrip } from './connection-status';
import { countdown } from './countdown';
import { turnLog } from './plays';
import { pressList } from './press-list';
import type { ProjectorPlay } from './projector-play';

export function projectorTable(conn: ClassConnection, play: ProjectorPlay, code: string): Table {
  let receivedAt = performance.now();
  const name = (a: string) => play.view().actors[a]?.name ?? a;
  return {
    play,
    endTurnButton: () => ({ label: '', tip: '', disabled: true }),
    menuTip: 'Leave the projector view for the menu',
    emptyTurn: { title: '', text: '', confirm: '' },
    endTurn: () => Promise.resolve({ ok: false, message: 'The projector gives no orders.' }),
    watch: (board) => {
      connectionStrip(conn, null);
      const offs = [
        conn.on('projector', (p) => {
          receivedAt = performance.now();
          const before = play.view();
          play.update(p.board);
          if (p.turn > before.turn && p.board.turn === p.turn) board.resolved(turnLog(p.board.news, p.turn - 1), before);
          else board.changed();
        }),
        conn.on('status', () => {
          connectionStrip(conn, null);
          board.changed();
        }),
      ];
      return () => {
        for (const off of offs) off();
      };
    },
    panels: {
      topbar: (root, _busy, nav) => {
        const view = play.view();
        const p = conn.projector;
        root.replaceChildren(
          h('div', {}, h('div', { class: 'date', 'data-hook': 'board.date' }, longDate(dateOfTurn(view.calendar, view.turn))), h('div', { class: 'turn' }, turnLine(view))),
          h('div', { class: 'who' }, 'Class ', h('span', { class: 'code-inline' }, code), p && p.worlds > 1 ? ` \u00b7 board ${p.world + 1}` : '', ' ', connectionBadge(conn)),
          p?.status === 'running' ? countdown('projector.countdown', p.remainingMs, p.paused, receivedAt, 'countdown big') : h('span', { class: 'countdown big' }, p?.status === 'ended' ? 'Game over' : 'Waiting to start'),
          h('button', { 'data-hook': 'board.menu', 'data-tip': 'Leave the projector view', onclick: nav.menu }, 'Menu'),
        );
      },
      side: (root) => {
        const p = conn.projector;
        const submitted = new Set(p?.submitted ?? []);
        const view = play.view();
        root.replaceChildren(
          h(
            'div',
            { class: 'pane projector-pane', 'data-hook': 'projector' },
            p?.paused ? h('div', { class: 'paused-strip', 'data-hook': 'projector.paused' }, 'Paused by the facilitator') : null,
            h('h3', {}, 'Orders in'),
            h(
              'div',
              { class: 'projector-teams', 'data-hook': 'projector.teams' },
              ...(p?.teams ?? []).map((t) =>
                h(
                  'div',
                  { class: `pteam ${submitted.has(t.actor) ? 'in' : ''}`, 'data-hook': `projector.team.${t.actor}`, 'data-submitted': submitted.has(t.actor) ? 'yes' : 'no' },
                  h('span', { class: 'swatch', style: `background:${cssColour(actorColour(t.actor))}` }),
                  h('span', { class: 'pname' }, name(t.actor), t.name ? h('span', { class: 'muted' }, ` \u00b7 ${t.name}`) : null),
                  h('span', { class: 'ptick' }, submitted.has(t.actor) ? 'in \u2713' : '\u2026'),
                ),
              ),
            ),
            h('h3', {}, 'Announcements and public press'),
            pressList(p?.press ?? [], name, 'projector.press', 'Nothing yet.'),
            h('h3', {}, view.turn === 0 ? 'News' : `News of turn ${view.turn}`),
            h(
              'div',
              { 'data-hook': 'projector.news' },
              view.turn === 0 ? h('div', { class: 'muted' }, 'No week has been resolved yet.') : null,
              ...newsFeed(play.lastTurnLog()).map((it) => h('div', { class: `news ${it.tone}` }, h('div', {}, it.headline), ...it.details.map((d) => h('div', { class: 'd' }, d)))),
            ),
          ),
        );
      },
    },
    banner: () => null,
    debrief: false,
    leave: () => void conn.leave(),
    hash: () => null,
    replay: () => null,
  };
}
