// The buttons that run a class, at the top of the facilitator's console: start; pause and resume;
// the deadline extended, cut or taken away; the turn ended now; an inject or an override for the
// open turn; the board (world) watched; the projector's link; the class debrief.
import type { ClassConnection, ConsoleState, Reply, Roster } from '../../net';
import type { Scenario } from '../../scenario/types';
import { h } from '../dom';
import { openClassDebriefOf } from './class-debrief';
import { countdown } from './countdown';
import { openInjectDialog } from './inject-dialog';
import { openOverrideDialog } from './override-dialog';

export interface Controls {
  readonly conn: ClassConnection;
  readonly scenario: Scenario;
  readonly code: string;
  /** The open turn (0-based). */
  readonly turn: number;
  readonly roster: Roster | null;
  readonly console: ConsoleState | null;
  /** When the roster arrived (performance.now()), for the countdown. */
  readonly rosterAt: number;
  act(what: () => Promise<Reply>): void;
}

/** The projector's address: the join link's class code, opened as the public board. */
function projectorLink(code: string): string {
  return `${location.origin}${location.pathname}?class=${encodeURIComponent(code)}&projector`;
}

function button(hook: string, label: string, tip: string, disabled: boolean, onclick: () => void, primary = false): HTMLButtonElement {
  return h('button', { class: primary ? 'primary' : '', 'data-hook': hook, 'data-tip': tip, disabled, onclick }, label);
}

function worldSwitch(c: Controls): HTMLElement | null {
  const worlds = c.console?.worlds ?? [];
  if (worlds.length < 2) return null;
  return h(
    'div',
    { class: 'seg worlds', 'data-hook': 'facilitator.worlds' },
    ...worlds.map((w) =>
      h(
        'button',
        { class: w.world === c.console?.world ? 'on' : '', 'data-hook': `facilitator.world.${w.world}`, 'data-tip': `${w.name}: turn ${w.turn + 1}, ${w.submitted} of ${w.seated} teams in${w.ended ? ', ended' : ''}. Hash ${w.hash.slice(0, 12)}`, onclick: () => c.act(() => c.conn.watchWorld(w.world)) },
        w.name,
        h('span', { class: 'muted small-text' }, ` t${w.turn + 1} \u00b7 ${w.submitted}/${w.seated}`),
      ),
    ),
  );
}

export function consoleControls(c: Controls): HTMLElement {
  const status = c.roster?.status ?? c.conn.truth?.status ?? 'lobby';
  const paused = c.roster?.paused ?? c.console?.paused ?? false;
  const off = c.conn.status !== 'connected';
  const running = status === 'running';
  const hasDeadline = (c.roster?.remainingMs ?? null) !== null;
  const teams = c.roster?.teams ?? [];
  return h(
    'div',
    { class: 'console-controls' },
    worldSwitch(c),
    h(
      'div',
      { class: 'console-status' },
      h('b', { 'data-hook': 'facilitator.status' }, status === 'lobby' ? 'Waiting to start' : status === 'ended' ? 'The game is over' : paused ? 'Paused' : `Turn ${c.turn + 1} open`),
      running ? h('span', {}, ` \u00b7 ${teams.filter((t) => t.submitted).length} of ${teams.length} teams in \u00b7 `, countdown('facilitator.countdown', c.roster?.remainingMs ?? null, paused, c.rosterAt)) : null,
    ),
    h(
      'div',
      { class: 'fac-buttons' },
      status === 'lobby' ? button('facilitator.start', 'Start the class \u25b6', 'Open the first week: teams can submit orders.', off, () => c.act(() => c.conn.start()), true) : null,
      running && !paused ? button('facilitator.pause', 'Pause', 'Stop the class: no team can submit and the deadline clock stops, until you resume.', off, () => c.act(() => c.conn.pause())) : null,
      running && paused ? button('facilitator.resume', 'Resume \u25b6', 'Go on: teams can submit again and the deadline gets the time it had left.', off, () => c.act(() => c.conn.resume()), true) : null,
      running ? button('facilitator.endTurn', 'End turn now', 'Resolve this week now: teams that have not submitted hold.', off, () => c.act(() => c.conn.endTurn()), !paused) : null,
    ),
    running
      ? h(
          'div',
          { class: 'fac-buttons' },
          h('span', { class: 'muted small-text' }, 'Deadline'),
          hasDeadline ? button('facilitator.deadline.cut', '\u2212 1 min', 'Take a minute off the time left.', off, () => c.act(() => c.conn.extendDeadline(-60))) : null,
          button('facilitator.deadline.extend', hasDeadline ? '+ 1 min' : 'Set 5 min', hasDeadline ? 'Give the teams a minute more.' : 'Close this turn in five minutes.', off, () => c.act(() => (hasDeadline ? c.conn.extendDeadline(60) : c.conn.setDeadline(300)))),
          hasDeadline ? button('facilitator.deadline.more', '+ 5 min', 'Give the teams five minutes more.', off, () => c.act(() => c.conn.extendDeadline(300))) : null,
          hasDeadline ? button('facilitator.deadline.none', 'No deadline', 'The turn waits for every team, or for you.', off, () => c.act(() => c.conn.setDeadline(null))) : null,
        )
      : null,
    running
      ? h(
          'div',
          { class: 'fac-buttons' },
          button('facilitator.inject', 'Inject\u2026', 'Play an event this turn: a card of the deck, an announced event, or one you write.', off, () => openInjectDialog(c.conn, c.scenario)),
          button('facilitator.override', 'Override\u2026', 'Set a fight\u2019s or an announced event\u2019s result this turn, with a reason (logged).', off, () => openOverrideDialog(c.conn, c.scenario, c.turn)),
        )
      : null,
    h(
      'div',
      { class: 'fac-buttons' },
      h('a', { class: 'button', href: projectorLink(c.code), target: '_blank', rel: 'noopener', 'data-hook': 'facilitator.projector', 'data-tip': 'Open the public board for the projector in a new tab: no secrets are shown there.' }, 'Projector view \u2197'),
      button('debrief.class', 'Class debrief', 'The hot wash: every board\u2019s timeline, each team\u2019s view beside the truth, the decisive rolls.', off || status === 'lobby', () => c.act(() => openClassDebriefOf(c.conn))),
    ),
  );
}
