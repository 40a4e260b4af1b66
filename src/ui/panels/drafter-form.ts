// The proposal drafter of the Diplomacy tab: a form for any proposal kind and its terms,
// checked by the engine before it joins the turn's orders (also used to counter a proposal).
import { describeTerms, PROPOSAL_KINDS, type Proposal, type View } from '../../engine';
import { h } from '../dom';
import { addressees, checkDraft, KIND_LABELS, mainActors, needsAddressees, PACKAGE_KINDS, STANCES, termsFromForm, type DraftForm } from '../drafter';
import { shortName } from '../format';
import type { Play } from '../play';
import { name, swatch } from './labels';
import type { DraftState, SideActions, SideState } from './side';

function field(label: string, ...controls: (HTMLElement | string | null)[]): HTMLElement {
  return h('div', { class: 'frow' }, h('span', { class: 'lbl' }, label), h('div', { class: 'fctl' }, ...controls));
}

function actorSelect(view: View, ids: readonly string[], value: string, set: (v: string) => void, none?: string): HTMLSelectElement {
  return h(
    'select',
    { onchange: (e: Event) => set((e.target as HTMLSelectElement).value) },
    none !== undefined ? h('option', { value: '', selected: value === '' }, none) : null,
    ...ids.map((a) => h('option', { value: a, selected: a === value }, name(view, a))),
  );
}

function numberInput(value: number, min: number, max: number, set: (v: number) => void, label: string): HTMLInputElement {
  return h('input', {
    type: 'number',
    min,
    max,
    step: 1,
    value: Number.isFinite(value) ? value : '',
    'aria-label': label,
    oninput: (e: Event) => set(Number((e.target as HTMLInputElement).value)),
  });
}

function check(label: string | Node, checked: boolean, set: (v: boolean) => void, hook?: string): HTMLElement {
  return h(
    'label',
    { class: 'check', 'data-hook': hook },
    h('input', { type: 'checkbox', checked, onchange: (e: Event) => set((e.target as HTMLInputElement).checked) }),
    label,
  );
}

function actorChecks(view: View, ids: readonly string[], chosen: string[], hookPrefix?: string): HTMLElement {
  const toggle = (a: string, on: boolean) => {
    const i = chosen.indexOf(a);
    if (on && i < 0) chosen.push(a);
    if (!on && i >= 0) chosen.splice(i, 1);
  };
  return h('div', { class: 'checks' }, ...ids.map((a) => check(h('span', {}, swatch(a), name(view, a)), chosen.includes(a), (on) => toggle(a, on), hookPrefix ? `${hookPrefix}.${a}` : undefined)));
}

export function drafterForm(s: Play, view: View, st: SideState, draft: DraftState, answering: Proposal | null, act: SideActions): HTMLElement {
  const state = s.state;
  const f = draft.form;
  const players = mainActors(state);
  const everyone = state.actorOrder;
  const unit = s.scenario.calendar.daysPerTurn === 7 ? 'weeks' : 'turns';
  const preview = h('div', { class: 'preview small-text' });
  const update = () => {
    try {
      preview.textContent = `In short: ${describeTerms(termsFromForm(f, state.regionOrder), state)}.`;
    } catch {
      preview.textContent = '';
    }
  };
  // Controls change the form in place; only a change of kind or proposer redraws the panel.
  const on = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    update();
  };
  const body: (HTMLElement | null)[] = [];
  switch (f.kind) {
    case 'ceasefire':
      body.push(
        field(`Lasts (${unit})`, numberInput(f.turns, 1, 12, on((v) => (f.turns = v)), 'Ceasefire length')),
        field('Monitors', actorChecks(view, everyone, f.monitors)),
      );
      break;
    case 'settlement': {
      const rows = state.regionOrder.map((r) => {
        const row = f.transfers[r] ?? { to: '', afterTurns: 0 };
        const reg = state.regions[r];
        return h(
          'tr',
          {},
          h('td', {}, swatch(reg.controller ?? ''), shortName(reg.name)),
          h('td', {}, actorSelect(view, players.filter((a) => a !== reg.controller), row.to, on((v) => (f.transfers[r] = { ...(f.transfers[r] ?? row), to: v })), 'no change')),
          h('td', {}, numberInput(row.afterTurns, 0, 12, on((v) => (f.transfers[r] = { ...(f.transfers[r] ?? row), afterTurns: v })), `${reg.name}: hand over after`)),
        );
      });
      const corridorRegions = state.regionOrder.filter((r) => state.regions[r].infrastructure.includes('corridor'));
      const corridorChoices = corridorRegions.length ? corridorRegions : state.regionOrder;
      body.push(
        h('div', { class: 'lbl' }, 'Regions handed over'),
        h('table', { class: 'transfers' }, h('tr', {}, h('th', {}, 'Region (held by)'), h('th', {}, 'Hand over to'), h('th', {}, `After ${unit}`)), ...rows),
        field(
          'Corridors',
          h('div', { class: 'checks' }, ...corridorChoices.map((r) => check(shortName(state.regions[r].name), f.corridors.includes(r), on((v: boolean) => (f.corridors = v ? [...f.corridors, r] : f.corridors.filter((x) => x !== r)))))),
        ),
        field('Peacekeepers', actorSelect(view, players, f.keeper, on((v) => (f.keeper = v)), 'none')),
        field(
          '',
          h('span', { class: 'muted' }, 'strength'),
          numberInput(f.keeperStrength, 1, 20, on((v) => (f.keeperStrength = v)), 'Peacekeepers strength'),
          h('span', { class: 'muted' }, 'years'),
          numberInput(f.keeperYears, 1, 25, on((v) => (f.keeperYears = v)), 'Peacekeepers years'),
          check('renewable', f.keeperRenewable, on((v: boolean) => (f.keeperRenewable = v))),
        ),
        field('Monitoring centre', actorChecks(view, everyone, f.monitoringCentre)),
        field(
          '',
          check('Displaced people return', f.displacedReturn, on((v: boolean) => (f.displacedReturn = v))),
          check('Prisoner exchange', f.prisonerExchange, on((v: boolean) => (f.prisonerExchange = v))),
        ),
      );
      break;
    }
    case 'arms-deal':
      body.push(
        field('Seller', actorSelect(view, players, f.seller, on((v) => (f.seller = v)))),
        field('Buyer', actorSelect(view, players, f.buyer, on((v) => (f.buyer = v)))),
        field(
          'Package',
          h(
            'select',
            { onchange: (e: Event) => on((v: string) => (f.package = v as DraftForm['package']))((e.target as HTMLSelectElement).value) },
            ...PACKAGE_KINDS.map((k) => h('option', { value: k, selected: k === f.package }, k)),
          ),
        ),
        field('Price (money)', numberInput(f.price, 0, 100, on((v) => (f.price = v)), 'Price')),
        field(`Delivered after (${unit})`, numberInput(f.delay, 0, 8, on((v) => (f.delay = v)), 'Delay')),
      );
      break;
    case 'transit':
      body.push(
        field('Grants transit', actorSelect(view, players, f.grantor, on((v) => (f.grantor = v)))),
        field('To', actorSelect(view, players, f.user, on((v) => (f.user = v)))),
        field(`For (${unit})`, numberInput(f.rightsTurns, 1, 52, on((v) => (f.rightsTurns = v)), 'Transit length')),
      );
      break;
    case 'basing':
      body.push(
        field('Host', actorSelect(view, players, f.host, on((v) => (f.host = v)))),
        field('Guest', actorSelect(view, players, f.guest, on((v) => (f.guest = v)))),
        field(
          'Base in',
          h(
            'select',
            { onchange: (e: Event) => on((v: string) => (f.region = v))((e.target as HTMLSelectElement).value) },
            ...state.regionOrder.map((r) => h('option', { value: r, selected: r === f.region }, shortName(state.regions[r].name))),
          ),
        ),
        field(`For (${unit})`, numberInput(f.rightsTurns, 1, 52, on((v) => (f.rightsTurns = v)), 'Basing length')),
      );
      break;
    case 'mediation':
      body.push(field('Mediator', actorSelect(view, everyone, f.mediator, on((v) => (f.mediator = v)))));
      break;
    case 'summit':
      body.push(
        field(
          'Agenda',
          h('input', { type: 'text', maxlength: 200, value: f.agenda, placeholder: 'e.g. humanitarian corridor', oninput: (e: Event) => on((v: string) => (f.agenda = v))((e.target as HTMLInputElement).value) }),
        ),
      );
      break;
    case 'statement':
      body.push(
        field(
          'Stance',
          h(
            'select',
            { onchange: (e: Event) => on((v: string) => (f.stance = v as DraftForm['stance']))((e.target as HTMLSelectElement).value) },
            ...STANCES.map((k) => h('option', { value: k, selected: k === f.stance }, k === 'call-for-calm' ? 'call for calm' : k)),
          ),
        ),
        field('About', actorSelect(view, everyone, f.about, on((v) => (f.about = v)))),
      );
      break;
    case 'sanction':
      body.push(field('Target', actorSelect(view, everyone, f.target, on((v) => (f.target = v)))), field('', check('Include an export ban', f.exports, on((v: boolean) => (f.exports = v)))));
      break;
    case 'recognition':
      body.push(field('Recognise', actorSelect(view, everyone, f.of, on((v) => (f.of = v)))));
      break;
  }
  const submit = () => {
    const res = checkDraft(state, draft.actor, f, draft.counterTo);
    if (!res.ok) {
      draft.error = res.message;
      act.refresh();
      return;
    }
    const added = s.addOrder(draft.actor, res.order);
    if (!added.ok) {
      draft.error = added.message;
      act.refresh();
      return;
    }
    st.draft = null;
    st.error = null;
    act.refresh();
  };
  const commanded = s.commanded();
  const head = answering ? `Counter-proposal to ${name(view, answering.from)}` : 'Your proposal';
  const form = h(
    'div',
    { class: 'card drafter', 'data-hook': 'drafter' },
    h('div', { class: 'dhead' }, h('b', {}, head), answering ? h('span', { class: 'muted small-text' }, ` \u2014 sent back to ${name(view, answering.from)} as your answer`) : null),
    !answering && commanded.length > 1
      ? field(
          'From',
          actorSelect(view, commanded, draft.actor, (v) => {
            draft.actor = v;
            draft.form = { ...f, to: f.to.filter((a) => a !== v) };
            draft.error = null;
            act.refresh();
          }),
        )
      : null,
    field(
      'Kind',
      h(
        'select',
        {
          'data-hook': 'drafter.kind',
          onchange: (e: Event) => {
            f.kind = (e.target as HTMLSelectElement).value as DraftForm['kind'];
            draft.error = null;
            act.refresh();
          },
        },
        ...PROPOSAL_KINDS.map((k) => h('option', { value: k, selected: k === f.kind }, KIND_LABELS[k])),
      ),
    ),
    answering ? null : needsAddressees(f.kind) ? field('To', actorChecks(view, addressees(state, draft.actor), f.to, 'drafter.to')) : field('To', h('span', { class: 'muted' }, 'No one: it takes effect when the turn ends.')),
    ...body,
    preview,
    draft.error ? h('div', { class: 'error', role: 'alert', 'data-hook': 'drafter.error' }, draft.error) : null,
    h(
      'div',
      { class: 'dbuttons' },
      h('button', { class: 'primary small', 'data-hook': 'drafter.submit', 'data-tip': 'Checks the draft and adds it to this turn\u2019s orders; it is sent when the turn ends.', onclick: submit }, answering ? 'Add counter-proposal' : 'Add to orders'),
      h(
        'button',
        {
          class: 'small',
          'data-hook': 'drafter.cancel',
          onclick: () => {
            st.draft = null;
            act.refresh();
          },
        },
        'Cancel',
      ),
      h('span', { class: 'muted small-text' }, (() => {
        const c = state.rules.orderCost[answering ? 'answer' : 'propose'];
        return `${c.ap} AP \u00b7 ${c.money} money`;
      })()),
    ),
  );
  update();
  return form;
}
