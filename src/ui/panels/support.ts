// The Support tab: the package form (client, kind, size, covert or overt, strings), the packages
// drafted this turn in full with their effect and risk (the engine's packagePreview), then the
// links given (each active one with Withdraw) and received, and relations. The form comes first
// so its controls are in view without scrolling.
import { packagePreview, type Order, type View } from '../../engine';
import { h } from '../dom';
import { signed } from '../news';
import { packageText } from '../package-text';
import type { Play } from '../play';
import { name, swatch } from './labels';
import type { SideActions, SideState } from './side';
import { supportForm, withdrawButton } from './support-form';

type SupportOrder = Extract<Order, { kind: 'support' }>;

function previewOf(s: Play, view: View, actor: string, o: SupportOrder) {
  return packageText(packagePreview(s.state, actor, o.client, o.package, o.covert, o.size ?? 1), (a) => name(view, a));
}

export function supportPane(pane: HTMLElement, s: Play, view: View, st: SideState, act: SideActions): void {
  const mine = new Set(s.commanded());
  const form = supportForm(s, view, st, act);
  pane.append(h('h3', {}, 'Send a package'));
  if (!form) pane.append(h('div', { class: 'muted small-text' }, 'You are no one\u2019s patron in this scenario.'));
  else pane.append(form, h('div', { class: 'muted small-text', style: 'margin-top:4px' }, 'Overt packages cost legitimacy at once and raise Russia\u2013Turkey tension; covert ones may be exposed each turn, which costs more. A package with strings waits for the client\u2019s answer: delivered if it answers as you ask, else kept back and refunded.'));
  const drafted = s.pending.map((p, i) => ({ p, i })).filter(({ p }) => p.order.kind === 'support');
  if (drafted.length) {
    pane.append(h('h3', {}, 'Sending this turn'));
    for (const { p, i } of drafted) {
      if (p.order.kind !== 'support') continue;
      const t = previewOf(s, view, p.actor, p.order);
      pane.append(
        h(
          'div',
          { class: 'card preview-card', 'data-hook': `support.preview.${i}` },
          h('div', { class: 'pending' }, h('b', { class: 't' }, p.title), h('button', { class: 'small', 'data-hook': `support.remove.${i}`, 'data-tip': 'Remove this package from your orders', onclick: () => act.remove(i) }, '\u2715')),
          h('div', { class: 'pv' }, h('span', { class: 'k' }, 'Adds'), h('span', {}, t.adds)),
          h('div', { class: 'pv' }, h('span', { class: 'k' }, 'When'), h('span', {}, t.arrives)),
          h('div', { class: 'pv risk' }, h('span', { class: 'k' }, 'Risk'), h('span', {}, t.risk)),
        ),
      );
    }
  }
  const given = view.links.filter((l) => mine.has(l.patron));
  const received = view.links.filter((l) => mine.has(l.client));
  const line = (l: (typeof view.links)[number], other: string, withdraw: HTMLElement | null) =>
    h(
      'div',
      { class: 'card small-text' },
      h(
        'span',
        { class: 't' },
        swatch(other),
        h('b', {}, name(view, other)),
        `: ${l.package}${(l.size ?? 1) > 1 ? ` \u00d7${l.size}` : ''}${l.covert ? (l.exposed ? ' (covert, exposed)' : ' (covert)') : ' (overt)'}${l.condition ? ` \u2014 only if it ${l.condition.answer === 'accept' ? 'accepts' : 'refuses'} ${'proposal' in l.condition ? `proposal ${l.condition.proposal}` : `the next ${l.condition.terms}`}` : ''}${l.active ? '' : l.withdrawn !== undefined ? ' \u2014 withdrawn' : ' \u2014 ended'}${l.deliverTurn > view.turn ? ` \u2014 arrives turn ${l.deliverTurn + 1}` : ''}`,
      ),
      withdraw,
    );
  pane.append(h('h3', {}, 'Support you give'));
  if (given.length === 0) pane.append(h('div', { class: 'muted small-text' }, 'None.'));
  for (const l of given) pane.append(line(l, l.client, l.active ? withdrawButton(s, l.id, act) : null));
  pane.append(h('h3', {}, 'Support you receive (as far as you know)'));
  if (received.length === 0) pane.append(h('div', { class: 'muted small-text' }, 'None.'));
  for (const l of received) pane.append(line(l, l.patron, null));
  pane.append(h('h3', {}, 'Relations'));
  const me = view.actors[s.human];
  const rel = Object.entries(me.relations).filter(([a]) => view.actors[a] && !view.actors[a].background).sort((a, b) => b[1] - a[1]);
  for (const [a, v] of rel) pane.append(h('div', { class: 'small-text' }, swatch(a), `${name(view, a)}: ${signed(v)}${me.influence[a] ? ` \u00b7 influence ${me.influence[a]}` : ''}`));
}
