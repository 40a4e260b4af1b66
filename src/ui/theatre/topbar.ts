// The theatre's top bar: the date shown, the timeline's weeks to step and scrub (◀, a button per
// week, ▶; the keys ←, →, Home and End do the same), then Share link, Open file and Menu.
import { dateOfTurn, longDate } from '../../engine';
import { h } from '../dom';
import type { WeekStep } from './model';
import type { Theatre } from './theatre';

export interface TheatreTopbarActions {
  go(week: number): void;
  step(step: WeekStep): void;
  share(): void;
  file(): void;
  menu(): void;
}

export function renderTheatreTopbar(root: HTMLElement, t: Theatre, act: TheatreTopbarActions): void {
  const g = t.current();
  const view = t.view();
  const right = h(
    'div',
    { class: 'theatre-actions' },
    h('button', { 'data-hook': 'share.link', disabled: !g, 'data-tip': 'A link that carries this game (scenario, variant, seed and orders) and replays it in any browser', onclick: act.share }, 'Share link'),
    h('button', { 'data-hook': 'theatre.file', 'data-tip': 'Open a replay file (JSON) in the theatre', onclick: act.file }, 'Open file\u2026'),
    h('button', { 'data-hook': 'theatre.menu', 'data-tip': 'Back to the menu (the timelines are kept in this browser)', onclick: act.menu }, 'Menu'),
  );
  if (!g || !view) {
    root.replaceChildren(h('div', {}, h('div', { class: 'date' }, 'Replay theatre'), h('div', { class: 'turn' }, 'No game open')), right);
    return;
  }
  const weeks = Array.from({ length: g.lastWeek + 1 }, (_, w) =>
    h(
      'button',
      {
        class: w === t.week ? 'week on' : 'week',
        'data-hook': `theatre.week.${w}`,
        'aria-pressed': w === t.week ? 'true' : 'false',
        'data-tip': `${w === 0 ? 'The opening' : `After week ${w}`}: ${longDate(dateOfTurn(view.calendar, w))}`,
        onclick: () => act.go(w),
      },
      w === 0 ? 'Start' : `${w}`,
    ),
  );
  root.replaceChildren(
    h(
      'div',
      {},
      h('div', { class: 'date', 'data-hook': 'theatre.date' }, longDate(dateOfTurn(view.calendar, t.week))),
      h('div', { class: 'turn' }, t.week === 0 ? `The opening \u00b7 ${g.lastWeek} weeks played` : `After week ${t.week} of ${g.lastWeek}${view.ended && t.week === g.lastWeek ? ' \u00b7 the end' : ''}`),
    ),
    right,
    h(
      'div',
      { class: 'theatre-strip', 'data-hook': 'theatre.weeks' },
      h('button', { 'data-hook': 'theatre.prev', disabled: t.week === 0, 'data-tip': 'The week before (\u2190; Home: the opening)', onclick: () => act.step('prev') }, '\u25c0'),
      h('div', { class: 'weeks' }, ...weeks),
      h('button', { 'data-hook': 'theatre.next', disabled: t.week === g.lastWeek, 'data-tip': 'The week after (\u2192; End: the last week)', onclick: () => act.step('next') }, '\u25b6'),
    ),
  );
}
