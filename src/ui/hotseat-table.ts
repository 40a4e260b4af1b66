// The board's table in a hot-seat game: the drafting team's board in this browser. End turn hands
// the screen over (the board leaves for the hand-over screen); the last team's ends the week, which
// resolves with every team's orders together. Each team's board opens on its own playback and news.
import { hashState } from '../engine';
import { h } from './dom';
import type { GameSession } from './session';
import type { ButtonLook, Table } from './table';
import { writeAutosave } from './store';

export function hotseatTable(session: GameSession): Table {
  const hs = session.hotseat!;
  const name = (a: string) => session.state.actors[a]?.name ?? a;
  const button = (): ButtonLook => {
    if (session.state.ended) return { label: 'Game over', tip: 'The game is over.', disabled: true };
    if (hs.last) return { label: 'End the week \u25b6', tip: 'Your orders are in, and the week resolves with every team\u2019s orders together (E).', disabled: false };
    const next = name(hs.humans[hs.seat + 1]);
    return { label: `Hand over to ${next} \u25b6`, tip: `Your orders are in, hidden from the other teams; then the screen passes to ${next}\u2019s team (E).`, disabled: false };
  };
  return {
    play: session,
    endTurnButton: button,
    menuTip: 'Back to the menu (the game and every team\u2019s orders are autosaved; Continue shows the hand-over screen first)',
    emptyTurn: { title: 'Give no orders this week?', text: 'Your team gives no orders this week: its forces hold where they are.', confirm: button().label.replace(/ \u25b6$/, '') },
    endTurn: () => {
      const res = session.submit();
      if (res.ok) writeAutosave(session);
      return Promise.resolve(res.ok ? { ok: true, log: null } : res);
    },
    watch: (events) => {
      session.onOrders = () => writeAutosave(session);
      const shown = session.takeSeat();
      if (shown) events.resolved(shown.log, shown.before);
      return () => {
        session.onOrders = null;
      };
    },
    handover: () => hs.handover,
    panels: null,
    banner: () =>
      h(
        'div',
        { class: 'hotseat-banner', 'data-hook': 'hotseat.banner', 'data-tip': `Hot seat: ${hs.humans.map(name).join(', ')} take turns at this screen. Only ${name(hs.drafting)}\u2019s team should be looking.` },
        h('div', { class: 'muted small-text' }, 'Hot seat'),
        h('div', {}, `team ${hs.seat + 1} of ${hs.humans.length}`),
      ),
    debrief: true,
    leave: () => undefined,
    hash: () => hashState(session.state),
    replay: () => session.replay,
  };
}
