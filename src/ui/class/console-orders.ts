// What the facilitator sees that no team does: every team's orders submitted for the open turn,
// the injects and overrides given for it so far (each can be taken back before the turn
// resolves), the covert links, and the rolls of the last turn with their modifiers.
import type { GameState, Inject, LogEntry, Override, TurnInputs } from '../../engine';
import type { ClassConnection, Reply, Truth } from '../../net';
import type { Scenario } from '../../scenario/types';
import { h } from '../dom';
import { newsFeed } from '../news';
import { orderTitle } from '../order-title';

type Names = (a: string) => string;

function submissions(truth: Truth, state: GameState, name: Names): HTMLElement[] {
  const teams = Object.keys(truth.submissions).sort((a, b) => state.actorOrder.indexOf(a) - state.actorOrder.indexOf(b));
  if (teams.length === 0) return [h('div', { class: 'muted small-text' }, 'No team has submitted this turn yet.')];
  return teams.map((team) => {
    const byActor = truth.submissions[team];
    const lines = Object.entries(byActor).flatMap(([actor, orders]) => orders.map((o) => ({ actor, ...orderTitle(o, { regions: state.regions, actors: state.actors }) })));
    return h(
      'div',
      { class: 'card', 'data-hook': `facilitator.orders.${team}` },
      h('b', {}, name(team)),
      lines.length === 0 ? h('div', { class: 'muted small-text' }, 'No orders: holds.') : null,
      ...lines.map((l) => h('div', { class: 'small-text' }, l.actor === team ? '' : `${name(l.actor)}: `, l.title, l.sub ? h('span', { class: 'muted' }, ` \u00b7 ${l.sub}`) : null)),
    );
  });
}

function injectLine(i: Inject, scenario: Scenario): string {
  if (i.kind === 'card') return `Card: ${scenario.deck.find((c) => c.id === i.cardId)?.title ?? i.cardId}`;
  if (i.kind === 'event') return `Event: ${scenario.events.find((e) => e.id === i.eventId)?.title ?? i.eventId}`;
  return `Written: ${i.headline} (${i.effects.length} ${i.effects.length === 1 ? 'effect' : 'effects'})`;
}

function overrideLine(o: Override, scenario: Scenario, state: GameState): string {
  if (o.kind === 'fight') return `Fight in ${state.regions[o.region]?.name ?? o.region}: ${o.result === 'taken' ? 'taken by the attacker' : 'held by the defender'}`;
  return `Event ${scenario.events.find((e) => e.id === o.eventId)?.title ?? o.eventId}: ${o.happens ? 'happens' : 'does not happen'}`;
}

function inputsList(conn: ClassConnection, inputs: TurnInputs, scenario: Scenario, state: GameState, act: (what: () => Promise<Reply>) => void): HTMLElement[] {
  const injects = inputs.injects ?? [];
  const overrides = inputs.overrides ?? [];
  if (injects.length + overrides.length === 0) return [h('div', { class: 'muted small-text' }, 'None this turn.')];
  const line = (kind: 'inject' | 'override', i: number, text: string, reason: string | null) =>
    h(
      'div',
      { class: 'card input-line', 'data-hook': `facilitator.${kind}.${i}` },
      h('div', { class: 'input-text' }, text, reason === null ? null : h('div', { class: 'muted small-text', 'data-hook': `facilitator.override.${i}.reason` }, `Reason: ${reason}`)),
      h('button', { class: 'small', 'data-hook': `facilitator.${kind}.${i}.withdraw`, 'data-tip': 'Take it back: the turn resolves without it', onclick: () => act(() => conn.withdraw(kind, i)) }, 'Withdraw'),
    );
  return [...injects.map((x, i) => line('inject', i, injectLine(x, scenario), null)), ...overrides.map((x, i) => line('override', i, overrideLine(x, scenario, state), x.reason))];
}

function covertLinks(state: GameState, name: Names): HTMLElement[] {
  const links = state.links.filter((l) => l.covert && l.active);
  if (links.length === 0) return [h('div', { class: 'muted small-text' }, 'No covert link is open.')];
  return links.map((l) => h('div', { class: 'small-text', 'data-hook': `facilitator.covert.${l.id}` }, `${name(l.patron)} \u2192 ${name(l.client)}: ${l.package}`, h('span', { class: 'muted' }, l.exposed ? ' \u00b7 exposed' : ' \u00b7 secret')));
}

function rolls(log: readonly LogEntry[]): HTMLElement[] {
  const items = newsFeed(log.filter((e) => e.kind === 'combat' || e.kind === 'duel' || e.kind === 'roll'));
  if (items.length === 0) return [h('div', { class: 'muted small-text' }, 'No dice were rolled last turn.')];
  return items.map((it) => h('div', { class: `news ${it.tone}` }, h('div', {}, it.headline), ...it.details.map((d) => h('div', { class: 'd' }, d))));
}

export interface OrdersTab {
  readonly conn: ClassConnection;
  readonly scenario: Scenario;
  readonly state: GameState;
  readonly lastTurnLog: readonly LogEntry[];
  readonly name: Names;
  act(what: () => Promise<Reply>): void;
}

export function ordersTab(t: OrdersTab): HTMLElement {
  const truth = t.conn.truth;
  return h(
    'div',
    { 'data-hook': 'facilitator.orders' },
    h('h3', {}, 'Orders in for this turn'),
    ...(truth ? submissions(truth, t.state, t.name) : []),
    // The console follows every inject, override and withdrawal; the truth only each turn.
    h('h3', {}, 'Injects and overrides this turn'),
    ...inputsList(t.conn, (t.conn.console?.world === truth?.world ? t.conn.console?.inputs : null) ?? truth?.inputs ?? {}, t.scenario, t.state, t.act),
    h('h3', {}, 'Covert links'),
    h('div', { 'data-hook': 'facilitator.covert' }, ...covertLinks(t.state, t.name)),
    h('h3', {}, 'Rolls of the last turn'),
    h('div', { 'data-hook': 'facilitator.rolls' }, ...rolls(t.lastTurnLog)),
  );
}
