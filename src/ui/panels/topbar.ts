// The top bar: date and turn, the human's dashboard figures (each with a tooltip), End turn.
import { dateOfTurn, longDate } from '../../engine';
import { h } from '../dom';
import { shortName, turnLine } from '../format';
import { actorColour, cssColour } from '../palette';
import type { Play } from '../play';
import type { ButtonLook } from '../table';

export interface TopbarActions {
  endTurn(): void;
  help(): void;
  menu(): void;
}

/** What the board's table adds to the bar: the End turn button's look, the Menu tip, a banner. */
export interface TopbarLook {
  readonly endTurn: ButtonLook;
  readonly menuTip: string;
  readonly banner: HTMLElement | null;
}

function stat(k: string, v: string, tip: string, hook: string): HTMLElement {
  return h('div', { class: 'stat', 'data-tip': tip, 'data-hook': `stat.${hook}` }, h('span', { class: 'k' }, k), h('span', { class: 'v' }, v));
}

export function renderTopbar(root: HTMLElement, s: Play, look: TopbarLook, act: TopbarActions): void {
  const view = s.view();
  const me = view.actors[s.human];
  const b = s.budget(s.human);
  const iso = dateOfTurn(view.calendar, view.turn);
  const influence = Object.entries(me.influence)
    .filter(([, v]) => v > 0)
    .sort((a, b2) => b2[1] - a[1]);
  const top = influence[0];
  const infText = top ? `${shortName(view.actors[top[0]]?.name ?? top[0])} ${top[1]}` : '0';
  const infTip = influence.length
    ? `Influence (0\u2013100) over other actors:\n${influence.map(([a, v]) => `${view.actors[a]?.name ?? a}: ${v}`).join('\n')}`
    : 'Influence (0\u2013100): you have none over anyone yet. Support packages build it.';
  const cas = me.casualties;
  const extra = s.commanded().filter((a) => a !== s.human);
  const apText = [s.human, ...extra].map((a) => { const x = s.budget(a); return `${x.apTotal - x.apUsed}/${x.apTotal}`; }).join(' + ');
  root.replaceChildren(
    h('div', {}, h('div', { class: 'date', 'data-hook': 'board.date' }, longDate(iso)), h('div', { class: 'turn' }, `${turnLine(view)} \u00b7 one turn = ${view.calendar.daysPerTurn} days`)),
    look.banner ?? '',
    h('div', { class: 'who', 'data-tip': extra.length ? `You play ${me.name} and give the orders of ${extra.map((a) => view.actors[a].name).join(', ')}.` : `You play ${me.name}.` }, h('span', { class: 'swatch', style: `background:${cssColour(actorColour(s.human))}` }), me.name),
    h(
      'div',
      { class: 'stats' },
      stat('Treasury', `${me.treasury - b.moneyUsed}`, `Treasury: ${me.treasury} budget points, ${b.moneyUsed} committed by this turn's orders.\nIncome ${me.income} a turn.`, 'treasury'),
      stat('Action pts', apText, `Action points left this turn (each order costs some).${extra.length ? '\nSecond figure: the forces you command for an ally.' : ''}`, 'ap'),
      stat('Support', `${me.domesticSupport}`, 'Domestic support, 0\u2013100. Falls with casualties, lost ground and humiliating deals; at 0 the government collapses.', 'support'),
      stat('Legitimacy', `${me.legitimacy}`, 'International legitimacy, 0\u2013100. Falls with strikes on civilians, exposed covert help and broken ceasefires; rises with restraint and mediation.', 'legitimacy'),
      stat('Influence', infText, infTip, 'influence'),
      stat('Casualties', `${cas.military} / ${cas.civilian}`, `Casualties so far: ${cas.military} military, ${cas.civilian} civilian.\nDisplaced people: ${me.displaced}.`, 'casualties'),
      stat('Tension', `${view.tension}`, 'Russia\u2013Turkey tension, 0\u2013100 (shared). Overt support, strikes near borders and foreign fighters raise it; talks lower it. High tension closes options.', 'tension'),
    ),
    h('button', { 'data-hook': 'board.help', 'data-tip': 'Keyboard shortcuts and how to play (H)', onclick: act.help }, '?'),
    h('button', { 'data-hook': 'board.menu', 'data-tip': look.menuTip, onclick: act.menu }, 'Menu'),
    h('button', { class: 'primary', 'data-hook': 'board.endTurn', disabled: look.endTurn.disabled, 'data-tip': look.endTurn.tip, onclick: act.endTurn }, look.endTurn.label),
  );
}
