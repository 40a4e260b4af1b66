// The facilitator's table: the whole (true) board, and beside it the console in four tabs: the
// class (its controls, the roster, the join code), every team's orders and the secrets of the
// turn, all the press (and announcements), and the news. Every team's orders resolve on the
// server; this page plays each turn back from the truth it is sent.
import { dateOfTurn, longDate } from '../../engine';
import { PRESS_MAX_CHARS, type ClassConnection, type PressMessage, type Reply } from '../../net';
import { h } from '../dom';
import { turnLine } from '../format';
import { newsFeed } from '../news';
import type { Table } from '../table';
import { connectionBadge, connectionStrip } from './connection-status';
import { consoleControls } from './console-controls';
import { ordersTab } from './console-orders';
import { rosterTable } from './console-roster';
import { joinCard } from './join-card';
import { turnLog, type FacilitatorPlay } from './plays';
import { pressList } from './press-list';

const TABS = [
  ['class', 'Class'],
  ['orders', 'Orders & dice'],
  ['press', 'Press'],
  ['news', 'News'],
] as const;

type Tab = (typeof TABS)[number][0];

export function facilitatorTable(conn: ClassConnection, play: FacilitatorPlay, code: string): Table {
  let message: string | null = null;
  let events: { changed(): void } | null = null;
  let tab: Tab = 'class';
  let rosterAt = performance.now();
  let announcement = '';
  const act = (what: () => Promise<Reply>): void => {
    void what().then((r) => {
      message = r.ok ? null : r.message;
      events?.changed();
    });
  };
  const status = () => conn.truth?.status ?? 'lobby';
  const name = (a: string) => play.view().actors[a]?.name ?? a;
  let world = conn.truth?.world ?? 0;
  const announce = h('textarea', { rows: 2, maxlength: PRESS_MAX_CHARS, 'data-hook': 'facilitator.announce.text', placeholder: 'An announcement every team reads (and the projector shows)', oninput: (e: Event) => (announcement = (e.target as HTMLTextAreaElement).value) });
  const sendAnnouncement = (): void => {
    const text = announcement.trim();
    if (text === '') {
      message = 'Write the announcement first.';
      events?.changed();
      return;
    }
    act(async () => {
      const r = await conn.announce(text);
      if (r.ok) announcement = announce.value = '';
      return r;
    });
  };
  /** The watched board's press: the console's list, with messages delivered since it came. */
  const allPress = (): PressMessage[] => {
    const list: PressMessage[] = conn.console?.world === world ? [...conn.console.press] : [];
    for (const d of conn.press) if (d.world === world) list[d.seq] = d;
    return list.filter((m) => m !== undefined);
  };
  const tabBody = (): (HTMLElement | null)[] => {
    const view = play.view();
    if (tab === 'orders') return [ordersTab({ conn, scenario: play.scenario, state: play.state, lastTurnLog: play.lastTurnLog(), name, act })];
    if (tab === 'press')
      return [
        h('h3', {}, 'Announce to every team'),
        announce,
        h('div', { class: 'fac-buttons' }, h('button', { class: 'primary', 'data-hook': 'facilitator.announce', disabled: conn.status !== 'connected', onclick: sendAnnouncement }, 'Announce')),
        h('h3', {}, 'All press of this board'),
        pressList(allPress(), name, 'facilitator.press', 'No team has sent press yet.'),
      ];
    if (tab === 'news')
      return [
        h('h3', {}, view.turn === 0 ? 'News' : `News of turn ${view.turn} (everything)`),
        view.turn === 0 ? h('div', { class: 'muted small-text' }, 'No week has been resolved yet.') : null,
        ...newsFeed(play.lastTurnLog()).map((it) => h('div', { class: `news ${it.tone}` }, h('div', {}, it.headline), ...it.details.map((d) => h('div', { class: 'd' }, d)))),
      ];
    return [
      consoleControls({ conn, scenario: play.scenario, code, turn: view.turn, roster: conn.roster, console: conn.console, rosterAt, act }),
      h('h3', {}, 'Teams'),
      rosterTable(conn, conn.roster, conn.console, name, act),
      h('h3', {}, 'Join'),
      joinCard(code),
    ];
  };
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
          const sameWorld = t.world === world;
          world = t.world;
          play.update(t.state);
          if (sameWorld && t.turn > before.turn) board.resolved(turnLog(conn.log, t.turn - 1), before);
          else board.changed();
        }),
        conn.on('roster', () => {
          rosterAt = performance.now();
          board.changed();
        }),
        conn.on('status', () => {
          connectionStrip(conn, null);
          board.changed();
        }),
        ...(['submitted', 'error', 'console', 'press'] as const).map((k) => conn.on(k, () => board.changed())),
      ];
      return () => {
        events = null;
        for (const off of offs) off();
      };
    },
    panels: {
      topbar: (root, busy, nav) => {
        const view = play.view();
        const worlds = conn.console?.worlds ?? [];
        const boardName = worlds.length > 1 ? ` \u00b7 ${worlds.find((w) => w.world === world)?.name ?? `board ${world + 1}`}` : '';
        root.replaceChildren(
          h('div', {}, h('div', { class: 'date', 'data-hook': 'board.date' }, longDate(dateOfTurn(view.calendar, view.turn))), h('div', { class: 'turn' }, `${turnLine(view)} \u00b7 ${conn.roster?.paused ? 'paused' : status()}${boardName}`)),
          h('div', { class: 'who' }, 'Facilitator \u00b7 class ', h('span', { class: 'code-inline' }, code), ' ', connectionBadge(conn)),
          h('div', { class: 'stats' }, h('div', { class: 'stat', 'data-tip': 'The state hash after the last resolved turn: the class\u2019s replay ends on it.' }, h('span', { class: 'k' }, 'State hash'), h('span', { class: 'v mono', 'data-hook': 'facilitator.hash' }, conn.truth?.hash.slice(0, 12) ?? ''))),
          h('button', { 'data-hook': 'board.help', onclick: nav.help }, '?'),
          h('button', { 'data-hook': 'board.menu', 'data-tip': 'Leave the facilitator\u2019s board (the class goes on; the join link brings you back)', disabled: busy, onclick: nav.menu }, 'Menu'),
        );
      },
      side: (root) => {
        const count = allPress().length;
        root.replaceChildren(
          h(
            'div',
            { class: 'tabs' },
            ...TABS.map(([k, label]) => h('button', { class: tab === k ? 'on' : '', 'data-hook': `facilitator.tab.${k}`, onclick: () => ((tab = k), events?.changed()) }, label, k === 'press' && count > 0 && tab !== 'press' ? h('span', { class: 'count' }, count) : null)),
          ),
          h('div', { class: 'pane' }, message ? h('div', { class: 'error', role: 'alert', 'data-hook': 'facilitator.error' }, message) : null, ...tabBody()),
        );
      },
    },
    banner: () => null,
    debrief: false,
    leave: () => void conn.leave(),
    hash: () => conn.truth?.hash ?? null,
    replay: () => null,
  };
}
