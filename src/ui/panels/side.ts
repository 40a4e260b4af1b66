// The side panel: orders for the selected region, diplomacy, proxy support and the news feed.
import { describeTerms, type ActorId, type View } from '../../engine';
import { h } from '../dom';
import { formFromTerms, blankForm, type DraftForm } from '../drafter';
import { forceBreakdown, titleCase } from '../format';
import type { OrderOption, Play } from '../play';
import { aimsSection } from './aims';
import { drafterForm } from './drafter-form';
import { name, swatch } from './labels';
import { newsPane } from './news-pane';
import { offBoard, optionButton } from './options';
import { supportPane } from './support';
import type { SupportDraft } from './support-form';

export type Tab = 'orders' | 'diplomacy' | 'support' | 'news';
export const TABS: readonly Tab[] = ['orders', 'diplomacy', 'support', 'news'];

export interface SideState {
  tab: Tab;
  selected: string | null;
  error: string | null;
  showStats: boolean;
  /** The proposal drafter, when open (a counter-proposal when `counterTo` is set). */
  draft?: DraftState | null;
  /** The aims list above the tabs is open. */
  aimsOpen?: boolean;
  /** The News tab shows the rest of the week, not only what concerns the player and the decisive events. */
  newsMore?: boolean;
  /** The Support tab's package form, once shown. */
  support?: SupportDraft | null;
}

export interface DraftState {
  actor: ActorId;
  form: DraftForm;
  counterTo: string | null;
  error: string | null;
}

export interface SideActions {
  tab(t: Tab): void;
  add(o: OrderOption): void;
  remove(index: number): void;
  toggleStats(): void;
  /** Re-renders the panel (after the drafter changed). */
  refresh(): void;
}

export function renderSide(root: HTMLElement, s: Play, st: SideState, act: SideActions): void {
  const view = s.view();
  const inbox = view.proposals.filter((p) => p.status === 'pending' && s.commanded().some((a) => p.to.includes(a)) && p.turn < view.turn);
  const counts: Partial<Record<Tab, number>> = { diplomacy: inbox.length, orders: s.pending.length };
  const tabs = h(
    'div',
    { class: 'tabs', role: 'tablist' },
    ...TABS.map((t) =>
      h('button', { class: t === st.tab ? 'on' : '', 'data-hook': `tab.${t}`, onclick: () => act.tab(t) }, titleCase(t), counts[t] ? h('span', { class: 'count' }, counts[t]) : null),
    ),
  );
  const pane = h('div', { class: 'pane', 'data-hook': `pane.${st.tab}` });
  if (st.error) pane.append(h('div', { class: 'error', role: 'alert' }, st.error));
  switch (st.tab) {
    case 'orders':
      ordersPane(pane, s, view, st, act);
      break;
    case 'diplomacy':
      diplomacyPane(pane, s, view, st, act);
      break;
    case 'support':
      supportPane(pane, s, view, st, act);
      break;
    case 'news':
      newsPane(pane, s, st, act);
      break;
  }
  // The diplomacy tab keeps its scroll position when it redraws (the drafter sits low in it).
  const old = root.querySelector('.pane');
  const keep = st.tab === 'diplomacy' && old?.getAttribute('data-hook') === 'pane.diplomacy' ? old.scrollTop : 0;
  root.replaceChildren(aimsSection(s, st, act), tabs, pane);
  if (keep) pane.scrollTop = keep;
}

function ordersPane(pane: HTMLElement, s: Play, view: View, st: SideState, act: SideActions): void {
  const showActor = s.commanded().length > 1;
  pane.append(h('h3', {}, `Your orders this turn (${s.pending.length})`));
  if (s.pending.length === 0) pane.append(h('div', { class: 'muted small-text' }, 'None yet. Forces without orders hold their ground.'));
  s.pending.forEach((p, i) =>
    pane.append(
      h(
        'div',
        { class: 'card pending', 'data-tip': p.text },
        h('span', { class: 't' }, showActor ? h('b', {}, `${name(view, p.actor)}: `) : null, p.title, p.odds !== null ? h('span', { class: 'odds' }, ` ${p.odds}%`) : null),
        h('button', { class: 'small', 'data-hook': `orders.remove.${i}`, 'data-tip': 'Remove this order', onclick: () => act.remove(i) }, '\u2715'),
      ),
    ),
  );
  for (const a of s.commanded()) {
    const b = s.budget(a);
    pane.append(h('div', { class: 'muted small-text' }, `${name(view, a)}: ${b.apUsed} of ${b.apTotal} action points, ${b.moneyUsed} of ${b.treasury} money committed.`));
  }
  if (st.selected) {
    const r = view.regions[st.selected];
    pane.append(
      h('h3', {}, r.name),
      h(
        'div',
        { class: 'card small-text' },
        h('div', {}, swatch(r.controller ?? ''), `Held by ${name(view, r.controller)} \u00b7 ${r.terrain} \u00b7 ${r.zone === 'nkao' ? 'former NKAO' : r.zone}`),
        h('div', { class: 'muted' }, `Population ${r.population.toLocaleString('en')} \u00b7 victory value ${r.value}${r.infrastructure.length ? ` \u00b7 ${r.infrastructure.join(', ')}` : ''}`),
        ...r.forces.map((f) => h('div', {}, swatch(f.actor), h('b', {}, name(view, f.actor)), f.estimate ? ' (estimate): ' : ': ', forceBreakdown(f.forces, f.estimate))),
      ),
    );
    const opts = s.optionsInRegion(st.selected);
    pane.append(h('h3', {}, 'Orders you can give here'));
    if (opts.length === 0) pane.append(h('div', { class: 'muted small-text' }, 'None: you have no forces here that can act.'));
    opts.forEach((o, i) => pane.append(optionButton(o, `order.${i}`, act, view, showActor)));
  } else {
    pane.append(
      h('h3', {}, 'Give orders'),
      h('div', { class: 'muted' }, 'Click a region on the board (a white dot marks where your forces can act), or press ', h('kbd', {}, 'N'), ' for the next one. Diplomacy and support are in their tabs.'),
    );
  }
}

function diplomacyPane(pane: HTMLElement, s: Play, view: View, st: SideState, act: SideActions): void {
  const mine = new Set(s.commanded());
  const answers = offBoard(s, 'answer');
  const inbox = view.proposals.filter((p) => p.status === 'pending' && p.to.some((a) => mine.has(a)));
  const draft = st.draft ?? null;
  pane.append(h('h3', {}, 'Inbox'));
  if (inbox.length === 0) pane.append(h('div', { class: 'muted small-text' }, 'No proposals waiting for your answer.'));
  for (const p of inbox) {
    const given = s.pending.find((x) => x.order.kind === 'answer' && x.order.proposal === p.id);
    const can = (ans: 'accept' | 'reject') => answers.find((o) => o.order.kind === 'answer' && o.order.proposal === p.id && o.order.answer === ans);
    const acc = can('accept');
    const rej = can('reject');
    const counter = () => {
      const actor = (acc ?? rej)!.actor;
      st.draft = { actor, form: formFromTerms(s.state, actor, p.terms, [p.from]), counterTo: p.id, error: null };
      st.error = null;
      act.refresh();
    };
    pane.append(
      h(
        'div',
        { class: 'card', 'data-hook': `proposal.${p.id}` },
        h('div', {}, swatch(p.from), h('b', {}, name(view, p.from)), ` proposes (turn ${p.turn + 1}):`),
        h('div', {}, describeTerms(p.terms, s.state)),
        given
          ? h('div', { class: 'muted small-text' }, `Your answer, sent when the turn ends: ${given.order.kind === 'answer' ? given.order.answer : ''}.`)
          : acc || rej
            ? h(
                'div',
                { style: 'display:flex;gap:6px;margin-top:6px' },
                acc ? h('button', { class: 'small', 'data-hook': `proposal.${p.id}.accept`, onclick: () => act.add(acc) }, 'Accept') : null,
                rej ? h('button', { class: 'small', 'data-hook': `proposal.${p.id}.reject`, onclick: () => act.add(rej) }, 'Reject') : null,
                h('button', { class: 'small', 'data-hook': `proposal.${p.id}.counter`, 'data-tip': 'Answer with your own terms: opens the drafter with these terms filled in.', onclick: counter }, 'Counter\u2026'),
              )
            : h('div', { class: 'muted small-text' }, 'You can answer it next turn.'),
      ),
    );
    if (draft && draft.counterTo === p.id && !given) pane.append(drafterForm(s, view, st, draft, p, act));
  }
  pane.append(h('h3', {}, 'Propose'));
  const proposals = offBoard(s, 'propose');
  if (proposals.length) pane.append(h('div', { class: 'muted small-text' }, 'Quick picks:'));
  proposals.forEach((o, i) => pane.append(optionButton(o, `propose.${i}`, act, view, s.commanded().length > 1)));
  if (draft && draft.counterTo === null) pane.append(drafterForm(s, view, st, draft, null, act));
  else
    pane.append(
      h(
        'button',
        {
          class: 'opt',
          'data-hook': 'drafter.open',
          'data-tip': 'Write a proposal of any kind: ceasefire, settlement, arms deal, transit, basing, mediation, summit, statement, sanctions or recognition.',
          onclick: () => {
            st.draft = { actor: s.human, form: blankForm(s.state, s.human), counterTo: null, error: null };
            st.error = null;
            act.refresh();
          },
        },
        h('span', { class: 't' }, h('b', {}, 'Draft your own\u2026'), h('div', { class: 'muted small-text' }, 'Any kind of proposal, your terms')),
      ),
    );
  const sent = s.pending.map((p, i) => ({ p, i })).filter(({ p }) => p.order.kind === 'propose' || (p.order.kind === 'answer' && p.order.answer === 'counter'));
  if (sent.length) {
    pane.append(h('h3', {}, 'Sent when the turn ends'));
    for (const { p } of sent) pane.append(h('div', { class: 'card small-text', 'data-tip': p.text }, p.text));
  }
  const outbox = view.proposals.filter((p) => mine.has(p.from));
  pane.append(h('h3', {}, 'Outbox'));
  if (outbox.length === 0) pane.append(h('div', { class: 'muted small-text' }, 'You have sent no proposals.'));
  for (const p of outbox) pane.append(h('div', { class: 'card small-text' }, `To ${p.to.map((a) => name(view, a)).join(', ')}: ${describeTerms(p.terms, s.state)} \u2014 ${p.status}`));
  pane.append(h('h3', {}, 'Treaties in force'));
  const treaties = view.treaties.filter((t) => t.expires === null || t.expires >= view.turn);
  if (treaties.length === 0) pane.append(h('div', { class: 'muted small-text' }, 'None.'));
  for (const t of treaties) pane.append(h('div', { class: 'card small-text' }, h('b', {}, titleCase(t.kind)), ` \u2014 ${t.parties.map((a) => name(view, a)).join(', ')}: ${t.text}`));
  pane.append(h('h3', {}, 'At war'));
  pane.append(h('div', { class: 'small-text' }, view.wars.length ? view.wars.map((w) => `${name(view, w.a)} \u2013 ${name(view, w.b)}`).join('; ') : 'No one.'));
}

