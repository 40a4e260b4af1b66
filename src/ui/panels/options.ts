// The buttons the side panel lists orders with: title, odds, cost, and the full sentence as a tip.
import type { Order, View } from '../../engine';
import { h } from '../dom';
import { modifierList } from '../news';
import type { OrderOption, Play } from '../play';
import type { SideActions } from './side';
import { name } from './labels';

function costText(o: OrderOption): string {
  return `${o.ap} AP \u00b7 ${o.money} money`;
}

export function optionButton(o: OrderOption, hook: string, act: Pick<SideActions, 'add'>, view: View, showActor: boolean, extra: string | null = null): HTMLElement {
  const odds = o.odds;
  const tip = odds
    ? `Chance of success ${odds.chancePct}%${odds.walkover ? ' (undefended: falls without a roll)' : ''}.\nThreshold ${odds.threshold}: the attack succeeds on a roll of ${odds.threshold} or less (1\u2013100).\nModifiers: ${modifierList(odds.modifiers)} (numbers and ground count only up to a cap; drones that win their duel${odds.duel ? ` add ${odds.duel.bonus}` : ''} beyond it).\nStrength ${odds.attackerStrength} against ${odds.defenderStrength}${odds.duel ? `; drones ${odds.duel.drones} against air defence ${odds.duel.airDefence} duel first` : ''}.`
    : '';
  const full = `${o.text}.${tip ? '\n' + tip : ''}${extra ? '\n' + extra : ''}\nCost: ${costText(o)}.`;
  return h(
    'button',
    { class: 'opt', 'data-hook': hook, 'data-tip': full, onclick: () => act.add(o) },
    h('span', { class: 't' }, h('b', {}, showActor ? `${name(view, o.actor)}: ` : '', o.title), o.sub ? h('div', { class: 'muted small-text' }, o.sub) : null),
    odds ? h('span', { class: 'odds' }, `${odds.chancePct}%`) : null,
    h('span', { class: 'cost' }, costText(o)),
  );
}

/** The legal orders of one kind that belong to no region. */
export function offBoard(s: Play, kind: Order['kind']): OrderOption[] {
  return s.optionsOffBoard().filter((o) => o.order.kind === kind);
}

