// A printable team briefing for one actor, built from the scenario's data in the game's own
// words: the situation (the actor's briefing line, its forces, money and standing), its aims,
// and its levers (the orders it may give at the start, the support it may send or receives, the
// treaties it is party to, its red lines).
import { dateOfTurn, enemiesOf, FORCE_TYPES, legalOrders, longDate, newGame, orderCost, totalStrength, type ActorId, type GameState, type Order, type ProposalKind, type RedLine } from '../engine';
import type { Scenario } from '../scenario/types';
import { esc, htmlPage, list, table } from './html-kit';

const ORDER_WORDS: Readonly<Record<Order['kind'], string>> = {
  move: 'Move forces between your regions',
  attack: 'Attack a neighbouring region',
  strike: 'Strike with drones or artillery',
  hold: 'Dig in and hold a region',
  mobilise: 'Mobilise reserves',
  propose: 'Propose an agreement',
  answer: 'Answer a proposal',
  support: 'Send support to a client',
  withdraw: 'Withdraw support from a client',
};

function redLineText(state: GameState, r: RedLine): string {
  const names = (ids: readonly string[]): string => ids.map((id) => state.regions[id]?.name ?? id).join(', ');
  switch (r.kind) {
    case 'attack-on-zone':
      return r.sovereign ? `an attack on the territory of ${state.actors[r.sovereign]?.name ?? r.sovereign}` : `an attack on the ${r.zone} zone`;
    case 'foreign-fighters-near':
      return `foreign fighters near ${names(r.regions)}`;
    case 'fire-on-border':
      return `fire across the border at ${names(r.regions)}`;
  }
}

/** What a proposal may offer (every actor may propose and answer). */
const PROPOSALS: Readonly<Record<ProposalKind, string>> = {
  ceasefire: 'a ceasefire',
  settlement: 'a settlement (handovers, corridor, peacekeepers, monitors)',
  'arms-deal': 'an arms deal',
  transit: 'transit through your territory',
  basing: 'basing rights',
  mediation: 'mediation',
  summit: 'a summit',
  statement: 'a joint statement',
  sanction: 'sanctions',
  recognition: 'recognition',
};

function levers(state: GameState, actor: ActorId): string[] {
  const orders = legalOrders(state, actor);
  const kinds = [...new Set(orders.map((o) => o.kind))].filter((k) => k !== 'propose' && k !== 'answer');
  const talk = `${esc(ORDER_WORDS.propose)} to any actor, or answer one: ${esc(Object.values(PROPOSALS).join(', '))}`;
  return [...kinds.map((kind) => {
    const some = orders.filter((o) => o.kind === kind);
    const cost = orderCost(state, actor, some[0]);
    const detail =
      kind === 'attack'
        ? `: ${[...new Set(some.map((o) => (o.kind === 'attack' ? state.regions[o.target].name : '')))].join(', ')}`
        : kind === 'support'
          ? `: ${[...new Set(some.map((o) => (o.kind === 'support' ? `${o.package} to ${state.actors[o.client].name}` : '')))].join(', ')}`
          : '';
    return `${esc(ORDER_WORDS[kind])}${esc(detail)} <span class="muted">(from ${cost.ap} action point${cost.ap === 1 ? '' : 's'}${cost.money ? ` and ${cost.money} money` : ''})</span>`;
  }), talk];
}

function situation(state: GameState, actor: ActorId, briefing: string): string {
  const a = state.actors[actor];
  const held = state.regionOrder.filter((r) => state.regions[r].controller === actor).map((r) => state.regions[r].name);
  const forces = FORCE_TYPES.map((t) => {
    let n = 0;
    for (const r of state.regionOrder) n += a.forces[r]?.[t] ?? 0;
    return [esc(t.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)), String(n)];
  }).filter(([, n]) => n !== '0');
  const total = state.regionOrder.reduce((n, r) => n + totalStrength(a.forces[r]), 0);
  const enemies = enemiesOf(state, actor).map((e) => state.actors[e].name);
  const commanded = state.actorOrder.filter((x) => state.actors[x].commandedBy === actor).map((x) => state.actors[x].name);
  return `<p>${esc(briefing)}</p>
<ul>
<li>You hold: ${esc(held.join(', ') || 'no region on the board')}.</li>
${commanded.length ? `<li>You also give the orders of: ${esc(commanded.join(', '))}.</li>` : ''}
<li>At war with: ${esc(enemies.join(', ') || 'no one')}.</li>
<li>Money ${a.treasury} (income ${a.income} a week); public support ${a.domesticSupport}/100; standing abroad (legitimacy) ${a.legitimacy}/100; reserves ${a.reserves}; ${a.actionPoints} action points a week.</li>
</ul>
${forces.length ? table(['Forces', 'Strength points'], [...forces, ['<b>total</b>', `<b>${total}</b>`]]) : '<p class="muted">You have no forces on the board.</p>'}`;
}

function ties(state: GameState, actor: ActorId): string[] {
  const a = state.actors[actor];
  const name = (id: ActorId): string => state.actors[id]?.name ?? id;
  const treaties = state.treaties.filter((t) => t.parties.includes(actor)).map((t) => `Treaty (${t.kind}) with ${t.parties.filter((p) => p !== actor).map(name).join(', ')}: ${t.text}`);
  const backs = a.doctrine.patronOf.map((p) => `You back ${name(p.client)}: ${p.packages.join(', ')}${p.covert ? ', usually covertly' : ''}.`);
  const backed = state.actorOrder.filter((x) => state.actors[x].doctrine.patronOf.some((p) => p.client === actor)).map((x) => `${name(x)} is expected to back you.`);
  const red = a.doctrine.redLines.map((r) => `Red line: you answer strongly to ${redLineText(state, r)}.`);
  return [...treaties, ...backs, ...backed, ...red];
}

/** The briefing of one actor, as a whole printable HTML page. */
export function briefingHtml(scenario: Scenario, actor: ActorId): string {
  const start = newGame(scenario, 'briefing');
  if (!start.ok) throw new Error(`bug: scenario ${scenario.id} does not start: ${start.message}`);
  const state = start.state;
  const a = state.actors[actor];
  const cal = state.calendar;
  const aims = a.aims.map((aim) => [esc(aim.text), String(aim.points)]);
  const body = `<h1>Team briefing: ${esc(a.name)}</h1>
<p class="muted">${esc(scenario.title)}. From ${esc(longDate(dateOfTurn(cal, 0)))}, ${cal.turns} turns of ${cal.daysPerTurn} days. Read it with your team; keep it from the other teams.</p>
<h2>Your situation</h2>${situation(state, actor, scenario.actors.find((x) => x.id === actor)?.briefing ?? '')}
<h2>Your aims</h2>${aims.length ? table(['Aim at the end of the game', 'Points'], aims) : '<p>You have no scored aims.</p>'}
<h2>Your levers</h2>
<h3>Orders you can give at the start</h3>${list(levers(state, actor))}
<h3>Support, treaties and red lines</h3>${list(ties(state, actor).map(esc)) || '<p class="muted">None at the start.</p>'}
<h2>The scenario</h2><p>${esc(scenario.description)}</p>`;
  return htmlPage(`Briefing: ${a.name} — ${scenario.title}`, body);
}
