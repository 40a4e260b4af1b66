// A team's table in a class: the board shows the team's own view from the server; orders being
// drafted are shared with the team as they change (any member may submit them); a turn resolves
// on the server (every team in, the deadline, or the facilitator) and then plays back here.
import type { ClassConnection } from '../../net';
import { byId, h } from '../dom';
import type { BoardEvents, ButtonLook, Table } from '../table';
import { closesAt, connectionBadge, connectionStrip } from './connection-status';
import { turnLog, type StudentPlay } from './plays';
import { PressPanel } from './press-panel';
import { same, TeamDraft } from './team-draft';

export function studentTable(conn: ClassConnection, play: StudentPlay): Table {
  let board: BoardEvents | null = null;
  let refused: string | null = null;
  const draft = new TeamDraft(
    () => ({ turn: play.view().turn, orders: play.orders() }),
    (orders) => {
      play.setOrders(orders);
      board?.changed();
    },
  );
  play.onOrders = () => {
    draft.sent();
    void conn.setDraft(play.orders()).then(() => draft.answered());
  };
  const name = (a: string): string => play.view().actors[a]?.name ?? a;
  const press = new PressPanel(conn, () => play.view().actorOrder.filter((a) => a !== conn.welcome?.actor && !play.commanded().includes(a)), name, () => {
    press.draw();
    board?.changed();
  });
  const submitted = (): boolean => conn.submitted !== null && conn.submitted.turn === play.view().turn;
  const status = () => conn.view?.status ?? 'lobby';
  const button = (): ButtonLook => {
    if (conn.status !== 'connected') return { label: 'Reconnecting\u2026', tip: 'Orders go to the class server once the connection is back.', disabled: true };
    if (status() === 'lobby') return { label: 'Waiting for the start', tip: 'The facilitator has not started the class yet. You can prepare your orders.', disabled: true };
    if (status() === 'ended' || play.view().ended) return { label: 'Game over', tip: 'The game is over.', disabled: true };
    if (conn.roster?.paused) return { label: 'Paused', tip: 'The facilitator has paused the class: orders can be prepared, not submitted, until it resumes.', disabled: true };
    if (submitted() && same(conn.submitted?.orders, play.orders())) return { label: 'Submitted \u2713', tip: 'Your team\u2019s orders are in. Change them and submit again until the turn resolves.', disabled: false };
    return { label: submitted() ? 'Submit again \u25b6' : 'Submit orders \u25b6', tip: 'Send your team\u2019s orders for this week (E). The week resolves when every team has submitted, at the deadline, or when the facilitator ends it.', disabled: false };
  };
  return {
    play,
    endTurnButton: button,
    menuTip: 'Leave the class for the menu (Join a class brings you back to your seat)',
    emptyTurn: { title: 'Submit without orders?', text: 'Your team gives no orders this week: its forces hold where they are.', confirm: 'Submit' },
    endTurn: async () => {
      const r = await conn.submit(play.orders());
      return r.ok ? { ok: true, log: null } : { ok: false, message: `Your orders were not accepted: ${r.message}` };
    },
    watch: (events) => {
      board = events;
      connectionStrip(conn, refused);
      draft.received(conn.draft);
      const offs = [
        conn.on('view', (v) => {
          const before = play.view();
          play.update(v.view);
          if (v.view.turn > before.turn) events.resolved(turnLog(conn.log, v.view.turn - 1), before);
          else events.changed();
        }),
        conn.on('draft', (d) => draft.received(d)),
        conn.on('status', () => {
          connectionStrip(conn, refused);
          events.changed();
        }),
        conn.on('error', (e) => {
          if (e.about === 'join') refused = `The class refused this seat: ${e.message}`;
          connectionStrip(conn, refused);
          events.changed();
        }),
        ...(['roster', 'submitted', 'welcome'] as const).map((k) => conn.on(k, () => events.changed())),
        conn.on('press', () => {
          press.draw();
          events.changed();
        }),
        conn.on('roster', () => press.draw()),
      ];
      press.draw();
      return () => {
        byId('board-overlay').querySelector('.press-drawer')?.remove();
        board = null;
        for (const off of offs) off();
      };
    },
    panels: null,
    banner: () => {
      const w = conn.welcome;
      const roster = conn.roster;
      const inCount = roster ? roster.teams.filter((t) => t.submitted).length : 0;
      return h(
        'div',
        { class: 'class-banner', 'data-tip': `Class ${w?.code ?? ''}, team ${w?.team ?? ''}${roster ? `: ${inCount} of ${roster.teams.length} teams have submitted this week${closesAt(roster.deadline)}` : ''}.` },
        h('div', {}, h('span', { class: 'muted' }, 'Class '), h('b', { 'data-hook': 'class.team.code' }, w?.code ?? ''), ' \u00b7 ', connectionBadge(conn), ' ', press.button()),
        h('div', { class: 'muted small-text', 'data-hook': 'class.team' }, `Team ${w?.team ?? ''}${roster && status() === 'running' ? ` \u00b7 ${inCount}/${roster.teams.length} teams in${closesAt(roster.deadline)}` : ''}`),
      );
    },
    debrief: false,
    leave: () => void conn.leave(),
    hash: () => null,
    replay: () => null,
  };
}
