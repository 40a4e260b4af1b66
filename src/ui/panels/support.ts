// The Support tab: send a package (each with its effect and risk, from the engine's
// packagePreview), the packages drafted this turn in full, then the links given and received
// and relations. The send buttons come first so they are in view without scrolling.
import { packagePreview, type Order, type View } from '../../engine';
import { h } from '../dom';
import { signed } from '../news';
import { packageText } from '../package-text';
import type { Play } from '../play';
import { name, swatch } from './labels';
import { offBoard, optionButton } from './options';
import type { SideActions } from './side';

type SupportOrder = Extract<Order, { kind: 'support' }>;

function previewOf(s: Play, view: View, actor: string, o: SupportOrder) {
  return packageText(packagePreview(s.state, actor, o.client, o.package, o.covert), (a) => name(view, a));
}

export function supportPane(pane: HTMLElement, s: Play, view: View, act: SideActions): void {
  const mine = new Set(s.commanded());
  const opts = offBoard(s, 'support');
  pane.append(h('h3', {}, 'Send a package'));
  if (opts.length === 0) pane.append(h('div', { class: 'muted small-text' }, 'You are no one\u2019s patron in this scenario.'));
  opts.forEach((o, i) => {
    if (o.order.kind !== 'support') return;
    const t = previewOf(s, view, o.actor, o.order);
    pane.append(optionButton({ ...o, sub: t.brief }, `support.${i}`, act, view, false, `Adds: ${t.adds}.\nWhen: ${t.arrives}.\nRisk: ${t.risk}.`));
  });
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
  const line = (l: (typeof view.links)[number], other: string) =>
    h(
      'div',
      { class: 'card small-text' },
      swatch(other),
      h('b', {}, name(view, other)),
      `: ${l.package}${l.covert ? (l.exposed ? ' (covert, exposed)' : ' (covert)') : ' (overt)'}${l.active ? '' : ' \u2014 ended'}${l.deliverTurn > view.turn ? ` \u2014 arrives turn ${l.deliverTurn + 1}` : ''}`,
    );
  pane.append(h('h3', {}, 'Support you give'));
  if (given.length === 0) pane.append(h('div', { class: 'muted small-text' }, 'None.'));
  for (const l of given) pane.append(line(l, l.client));
  pane.append(h('h3', {}, 'Support you receive (as far as you know)'));
  if (received.length === 0) pane.append(h('div', { class: 'muted small-text' }, 'None.'));
  for (const l of received) pane.append(line(l, l.patron));
  pane.append(h('h3', {}, 'Relations'));
  const me = view.actors[s.human];
  const rel = Object.entries(me.relations).filter(([a]) => view.actors[a] && !view.actors[a].background).sort((a, b) => b[1] - a[1]);
  for (const [a, v] of rel) pane.append(h('div', { class: 'small-text' }, swatch(a), `${name(view, a)}: ${signed(v)}${me.influence[a] ? ` \u00b7 influence ${me.influence[a]}` : ''}`));
}
