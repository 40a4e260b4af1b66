// The Support tab's controls: a patron chooses the client, the package, its size, covert or
// overt, and any strings ("only if it refuses the next ceasefire"), and may withdraw a package it
// gave. The engine checks the order before it joins the turn's orders.
import { packagePreview, type ActorId, type Order, type PackageKind, type SupportCondition, type View } from '../../engine';
import { h } from '../dom';
import { packageText } from '../package-text';
import type { OrderOption, Play } from '../play';
import { name } from './labels';
import type { SideActions, SideState } from './side';

/** The strings a human may attach, in words. */
const STRINGS = {
  none: 'no strings',
  'refuse-ceasefire': 'only if it refuses the next ceasefire',
  'accept-ceasefire': 'only if it accepts the next ceasefire',
  'accept-settlement': 'only if it accepts the next settlement',
  'refuse-settlement': 'only if it refuses the next settlement',
} as const;
type Strings = keyof typeof STRINGS;

const CONDITIONS: Record<Exclude<Strings, 'none'>, SupportCondition> = {
  'refuse-ceasefire': { terms: 'ceasefire', answer: 'reject' },
  'accept-ceasefire': { terms: 'ceasefire', answer: 'accept' },
  'accept-settlement': { terms: 'settlement', answer: 'accept' },
  'refuse-settlement': { terms: 'settlement', answer: 'reject' },
};

export interface SupportDraft {
  actor: ActorId;
  client: ActorId;
  pkg: PackageKind;
  size: number;
  covert: boolean;
  strings: Strings;
  error: string | null;
}

type SupportOption = OrderOption & { order: Extract<Order, { kind: 'support' }> };

function field(label: string, control: HTMLElement): HTMLElement {
  return h('div', { class: 'frow' }, h('span', { class: 'lbl' }, label), h('div', { class: 'fctl' }, control));
}

function select<T extends string>(hook: string, values: readonly T[], label: (v: T) => string, value: T, set: (v: T) => void): HTMLSelectElement {
  return h('select', { 'data-hook': hook, style: 'width:100%;max-width:100%', onchange: (e: Event) => set((e.target as HTMLSelectElement).value as T) }, ...values.map((v) => h('option', { value: v, selected: v === value }, label(v))));
}

/** The package form, or null when the human is no one's patron. */
export function supportForm(s: Play, view: View, st: SideState, act: SideActions): HTMLElement | null {
  const opts = s.optionsOffBoard().filter((o): o is SupportOption => o.order.kind === 'support');
  if (opts.length === 0) return null;
  const first = opts[0].order;
  const d = (st.support ??= { actor: opts[0].actor, client: first.client, pkg: first.package, size: 1, covert: first.covert, strings: 'none', error: null });
  const clients = [...new Set(opts.map((o) => o.order.client))];
  if (!clients.includes(d.client)) d.client = clients[0];
  const forClient = opts.filter((o) => o.order.client === d.client);
  const pkgs = [...new Set(forClient.map((o) => o.order.package))];
  if (!pkgs.includes(d.pkg)) d.pkg = pkgs[0];
  d.actor = forClient.find((o) => o.order.package === d.pkg)?.actor ?? d.actor;
  const on = <T>(set: (v: T) => void) => (v: T) => {
    set(v);
    d.error = null;
    act.refresh();
  };
  const submit = (): void => {
    const strings = d.strings === 'none' ? {} : { condition: CONDITIONS[d.strings] };
    const order: Order = { kind: 'support', client: d.client, package: d.pkg, covert: d.covert, ...(d.size > 1 ? { size: d.size } : {}), ...strings };
    const added = s.addOrder(d.actor, order);
    d.error = added.ok ? null : added.message;
    act.refresh();
  };
  return h(
    'div',
    { class: 'drafter', 'data-hook': 'support.form' },
    clients.length > 1 ? field('Client', select('support.client', clients, (c) => name(view, c), d.client, on((v: ActorId) => (d.client = v)))) : field('Client', h('span', {}, name(view, d.client))),
    field('Package', select('support.package', pkgs, (p) => p, d.pkg, on((v: PackageKind) => (d.pkg = v)))),
    field('Size', select('support.size', ['1', '2', '3'] as const, (n) => `${n}\u00d7 (cost, effect${n === '1' ? '' : ' and risk'} \u00d7${n})`, `${d.size}` as '1', on((v: string) => (d.size = Number(v))))),
    field('Sent', select('support.covert', ['overt', 'covert'] as const, (v) => (v === 'covert' ? 'covertly: deniable, may be exposed each week' : 'openly: costs legitimacy now'), d.covert ? 'covert' : 'overt', on((v: string) => (d.covert = v === 'covert')))),
    field('Strings', select('support.strings', Object.keys(STRINGS) as Strings[], (k) => STRINGS[k], d.strings, on((v: Strings) => (d.strings = v)))),
    preview(s, view, d.actor, d.client, d.pkg, d.covert, d.size),
    d.error ? h('div', { class: 'error', role: 'alert' }, d.error) : null,
    h('button', { class: 'primary small', 'data-hook': 'support.add', 'data-tip': 'Checks the package and adds it to this turn\u2019s orders.', onclick: submit }, 'Add package'),
  );
}

/** What the package as chosen would do, before it is sent: the engine's packagePreview in words. */
function preview(s: Play, view: View, patron: ActorId, client: ActorId, pkg: PackageKind, covert: boolean, size: number): HTMLElement {
  const t = packageText(packagePreview(s.state, patron, client, pkg, covert, size), (a) => name(view, a));
  return h('div', { class: 'small-text muted', 'data-hook': 'support.form.preview', 'data-tip': `Adds: ${t.adds}.\nWhen: ${t.arrives}.\nRisk: ${t.risk}.` }, t.brief);
}

/** A Withdraw button for one of the human's links, when the engine allows it now. */
export function withdrawButton(s: Play, link: string, act: SideActions): HTMLElement | null {
  const o = s.optionsOffBoard().find((x) => x.order.kind === 'withdraw' && x.order.link === link);
  if (!o) return null;
  return h('button', { class: 'small', 'data-hook': `support.withdraw.${link}`, 'data-tip': `${o.text}. It stops at once: no delivery if it has not arrived, no more effect or exposure; it costs influence over the client. Cost: ${o.ap} AP.`, onclick: () => act.add(o) }, 'Withdraw');
}
