// Diplomacy by rule: who proposes a ceasefire or a settlement, and how each actor answers
// ceasefires and settlements (a base is proposed in basing.ts, arms deals and transit in
// support.ts; deals, transit, basing, summits and mediation are answered in answers.ts).
// Every answer carries the reasons that produced it, so a class can ask "why did Russia refuse?".
import { allied, anyTreatyInForce, atWar, ORDER_LIMITS } from '../engine';
import type { ActorId, Proposal, ProposalTerms, RegionId } from '../engine';
import { answerOther } from './answers';
import { defer } from './levers';
import { give, name, note, type Plan } from './plan';

type Settlement = Extract<ProposalTerms, { kind: 'settlement' }>;

/** Peacekeepers the broker offers (strength points, years). */
const PEACEKEEPERS = { strength: 3, years: 5 } as const;
/** Turkey's influence over Azerbaijan at which Moscow concedes it a seat, and Baku insists on one. */
const SEAT_CONCEDED = 65;
const SEAT_DEMANDED = 50;

function sideOf(plan: Plan, id: ActorId): ActorId {
  return plan.seen.actors[id]?.commandedBy ?? id;
}

/** The two sides of the war on the board: the attacker (who gains ground) and the defender. */
function warSides(plan: Plan): { a: ActorId; b: ActorId } | null {
  const w = plan.seen.wars.find((x) => !plan.seen.actors[x.a].background && !plan.seen.actors[x.b].background && x.a !== plan.broker && x.b !== plan.broker);
  if (!w) return null;
  const a = sideOf(plan, w.a);
  const b = sideOf(plan, w.b);
  return a < b ? { a, b } : { a: b, b: a };
}

/** Regions taken from a side in the fighting: changed hands since the start and now held by its enemy. */
function regionsLost(plan: Plan, side: ActorId): RegionId[] {
  return plan.seen.regionOrder.filter((r) => {
    const reg = plan.seen.regions[r];
    return reg.capturedTurn >= 0 && reg.controller !== null && !allied(plan.seen, side, reg.controller) && plan.seen.actorOrder.some((id) => allied(plan.seen, id, side) && atWar(plan.seen, id, reg.controller as ActorId));
  });
}

function heldBy(plan: Plan, region: RegionId, side: ActorId): boolean {
  const c = plan.seen.regions[region]?.controller;
  return c !== null && c !== undefined && allied(plan.seen, side, c);
}

function ceasefireInForce(plan: Plan): boolean {
  // The seen state's turn is the view's.
  return anyTreatyInForce(plan.seen, 'ceasefire');
}

/** How badly a side is doing: the facts its leaders weigh. */
function distress(plan: Plan, side: ActorId): { losing: boolean; facts: string[] } {
  const a = plan.seen.actors[side];
  const lost = regionsLost(plan, side);
  const facts: string[] = [];
  let cas = 0;
  const order = plan.seen.actorOrder;
  for (let i = 0; i < order.length; i++) if (allied(plan.seen, order[i], side)) cas += plan.seen.actors[order[i]].casualties.military;
  const weary = cas >= Math.floor((a.doctrine.warWeariness * 7) / 10) && a.doctrine.warWeariness > 0;
  const wontCedeLost = a.doctrine.wontCede.filter((r) => lost.includes(r));
  if (wontCedeLost.length > 0) facts.push(`we have lost ${wontCedeLost.map((r) => name(plan, r)).join(', ')}`);
  if (lost.length >= 4) facts.push(`${lost.length} regions lost since the war began`);
  if (a.domesticSupport <= 35) facts.push(`support at home is down to ${a.domesticSupport}`);
  if (weary) facts.push(`${cas} military dead, past what the country will bear`);
  return { losing: facts.length > 0, facts };
}

function unmetPriorities(plan: Plan, side: ActorId): RegionId[] {
  return plan.seen.actors[side].doctrine.priorities.filter((r) => plan.seen.regions[r] && !heldBy(plan, r, side));
}

/** The settlement the broker offers: the attacker keeps what it holds and receives the districts still held against it; peacekeepers on the corridor. */
function brokerTerms(plan: Plan, winner: ActorId, loser: ActorId, generous: boolean): Settlement {
  const seen = plan.seen;
  const transfers = generous
    ? []
    : seen.regionOrder
        .filter((r) => seen.regions[r].zone === 'district' && heldBy(plan, r, loser) && !seen.actors[loser].doctrine.wontCede.includes(r))
        .map((r, i) => ({ region: r, to: winner, afterTurns: Math.min(3, i + 1) }));
  const corridors = seen.regionOrder.filter((r) => seen.regions[r].infrastructure.includes('corridor') && (seen.regions[r].zone === 'district' || seen.regions[r].zone === 'nkao'));
  const rivalPull = seen.actors[plan.rival]?.influence[winner] ?? 0;
  const atWarOurselves = plan.enemies.length > 0;
  const centre = rivalPull >= SEAT_CONCEDED && !atWarOurselves ? [plan.broker, plan.rival] : [plan.broker];
  return {
    kind: 'settlement',
    transfers,
    corridors: corridors.length > 0 ? corridors : ['lachin'].filter((r) => seen.regions[r]),
    peacekeepers: { actor: plan.broker, strength: PEACEKEEPERS.strength, years: PEACEKEEPERS.years, renewable: true },
    monitoringCentre: centre,
    displacedReturn: true,
    prisonerExchange: true,
  };
}

function pendingOf(plan: Plan, kind: ProposalTerms['kind']): Proposal[] {
  return plan.view.proposals.filter((p) => p.status === 'pending' && p.terms.kind === kind);
}

/** A mediator's move: call for a ceasefire, or (the broker) put a settlement on the table. */
export function mediate(plan: Plan): void {
  const sides = warSides(plan);
  if (!sides) return;
  const { seen, actor } = plan;
  const attacker = regionsLost(plan, sides.a).length < regionsLost(plan, sides.b).length ? sides.a : sides.b;
  const defender = attacker === sides.a ? sides.b : sides.a;
  if (actor === plan.broker) {
    const d = distress(plan, defender);
    const lastChance = plan.view.turn >= plan.view.calendar.turns - 2;
    const atWarOurselves = plan.enemies.includes(attacker);
    const already = pendingOf(plan, 'settlement').length > 0;
    if (!already && (d.losing || lastChance || atWarOurselves)) {
      const terms = brokerTerms(plan, attacker, defender, atWarOurselves);
      const why = atWarOurselves
        ? `we are at war with ${name(plan, attacker)} over Karabakh: a settlement on the present line with our peacekeepers ends it`
        : d.losing
          ? `${name(plan, defender)} is losing (${d.facts.join('; ')}): now both sides need us, and our peacekeepers can go in`
          : 'the season is ending: a settlement now puts our peacekeepers on the corridor';
      give(plan, { kind: 'propose', to: [attacker, defender].sort(), terms }, `propose a settlement to ${name(plan, attacker)} and ${name(plan, defender)} with ${terms.peacekeepers?.strength} Russian peacekeepers on ${terms.corridors.map((r) => name(plan, r)).join(', ')}${terms.monitoringCentre.includes(plan.rival) ? ` and a joint monitoring centre with ${name(plan, plan.rival)} (Baku insists on it)` : ''}: ${why}`);
      return;
    }
  }
  if (ceasefireInForce(plan) || pendingOf(plan, 'ceasefire').length > 0) return;
  if (plan.view.history.length === 0) return;
  // Mediators take turns calling for calm (the scheduled truces fill the other weeks); a
  // neighbour speaks up when the fighting reaches its border.
  const nearBorder = seen.actors[actor].doctrine.redLines.some((rl) => rl.kind !== 'attack-on-zone' && rl.regions.some((r) => seen.regions[r] && seen.regions[r].capturedTurn >= plan.view.turn - 1));
  const cadence = actor === plan.broker ? 3 : seen.actors[actor].doctrine.redLines.length > 0 ? 0 : 2;
  const slot = cadence > 0 && plan.view.turn % cadence === (actor === plan.broker ? 2 : 1);
  if (!slot && !nearBorder) return;
  const monitors = actor === plan.broker ? [plan.broker] : [];
  give(plan, { kind: 'propose', to: [sides.a, sides.b], terms: { kind: 'ceasefire', turns: 1, monitors } }, `call for a one-week humanitarian ceasefire between ${name(plan, sides.a)} and ${name(plan, sides.b)}${nearBorder ? ': the fighting has reached our border' : ': mediation is our role'}`);
}

function answerCeasefire(plan: Plan, p: Proposal): { answer: 'accept' | 'reject'; why: string[] } {
  const side = plan.commander;
  const d = distress(plan, side);
  const unmet = unmetPriorities(plan, side);
  const why: string[] = [];
  if (d.losing) return { answer: 'accept', why: [`a pause helps us: ${d.facts.join('; ')}`] };
  if (unmet.length === 0) return { answer: 'accept', why: ['we hold what we want; a ceasefire keeps it'] };
  if (plan.doctrine.aggression < 50) return { answer: 'accept', why: ['we fight only to defend; a ceasefire costs us nothing'] };
  // An attacker accepts short truces from mediators it cannot afford to snub, and may not keep them.
  const proposer = plan.seen.actors[p.from];
  const rel = plan.me.relations[p.from] ?? 0;
  const short = p.terms.kind === 'ceasefire' && p.terms.turns <= 1;
  const weight = proposer.doctrine.mediator ? 40 : 10;
  const chance = Math.max(0, Math.min(80, weight + rel + (short ? 10 : -20) - Math.floor(plan.doctrine.aggression / 4)));
  const roll = plan.dice.roll(100);
  why.push(`${unmet.length} of our priorities are still in enemy hands (${unmet.slice(0, 3).map((r) => name(plan, r)).join(', ')}${unmet.length > 3 ? '…' : ''})`);
  if (roll <= chance) {
    why.push(`refusing ${proposer.name} outright would cost us (chance ${chance}, roll ${roll}): we accept a ${short ? 'short humanitarian' : ''} truce`);
    return { answer: 'accept', why };
  }
  why.push(`a truce now would freeze the front (chance ${chance}, roll ${roll})`);
  return { answer: 'reject', why };
}

function answerSettlement(plan: Plan, p: Proposal, t: Settlement): { answer: 'accept' | 'reject' | 'counter'; counter?: Settlement; why: string[]; firm?: boolean } {
  const side = plan.commander;
  const { seen } = plan;
  const me = seen.actors[side];
  if (seen.treaties.some((x) => x.kind === 'settlement')) return { answer: 'reject', why: ['a settlement is already in force; its terms stand'], firm: true };
  if (!seen.wars.some((w) => allied(seen, w.a, side) || allied(seen, w.b, side)) || plan.doctrine.mediator && plan.enemies.length === 0) return answerAsGuarantor(plan, p, t);
  const losing = t.transfers.filter((x) => heldBy(plan, x.region, side) && !allied(seen, side, x.to));
  const gaining = t.transfers.filter((x) => allied(seen, side, x.to));
  const ceded = losing.filter((x) => me.doctrine.wontCede.includes(x.region));
  if (ceded.length > 0) return { answer: 'reject', why: [`it hands over ${ceded.map((x) => name(plan, x.region)).join(', ')}, which we will never cede`], firm: true };
  const d = distress(plan, side);
  const enemies = [...new Set(plan.enemies.map((e) => sideOf(plan, e)))];
  const ahead = enemies.reduce((s, e) => s + regionsLost(plan, e).length, 0) > regionsLost(plan, side).length || gaining.length > 0;
  const greatPower = plan.enemies.filter((e) => seen.actors[e].doctrine.mediator && !seen.actors[e].background);
  const turnsLeft = plan.view.calendar.turns - plan.view.turn;
  const why: string[] = [];
  if (ahead && !d.losing) {
    // The side gaining ground: does the deal give it what it holds plus the districts?
    const districts = seen.regionOrder.filter((r) => seen.regions[r].zone === 'district');
    const missing = districts.filter((r) => !heldBy(plan, r, side) && !gaining.some((x) => x.region === r));
    const unmet = unmetPriorities(plan, side).filter((r) => !gaining.some((x) => x.region === r));
    const topPriority = me.doctrine.priorities.find((r) => me.aims.some((a) => a.condition.kind === 'controls' && a.condition.region === r && a.points >= 20));
    const recent = plan.view.history.slice(-3);
    const stalled = recent.length >= 3 && recent[recent.length - 1].territory[side] === recent[0].territory[side];
    if (greatPower.length > 0) why.push(`${greatPower.map((e) => name(plan, e)).join(', ')} has entered the war against us: we take what we hold`);
    else if (missing.length > 0 && turnsLeft > 2) return { answer: 'reject', why: [`it leaves ${missing.map((r) => name(plan, r)).join(', ')} outside our control`] };
    else if (topPriority && !heldBy(plan, topPriority, side) && turnsLeft > 2 && !stalled) return { answer: 'reject', why: [`${name(plan, topPriority)} is not yet ours and our offensive is moving`] };
    why.push(`it gives us what we hold${gaining.length ? ` plus ${gaining.map((x) => name(plan, x.region)).join(', ')}` : ''}`);
    if (unmet.length > 0) why.push(`we forgo ${unmet.map((r) => name(plan, r)).join(', ')}`);
    const patronPull = seen.actors[plan.rival]?.influence[side] ?? 0;
    if (greatPower.length === 0 && !t.monitoringCentre.includes(plan.rival) && patronPull >= SEAT_DEMANDED && p.from !== plan.rival && seen.actors[plan.rival] && !allied(seen, side, plan.rival)) {
      why.push(`${name(plan, plan.rival)} (influence ${patronPull} over us) must sit in the monitoring centre: we counter with the same terms and a joint centre`);
      return { answer: 'counter', counter: { ...t, monitoringCentre: [...new Set([...t.monitoringCentre, plan.rival])].sort() }, why };
    }
    return { answer: 'accept', why };
  }
  // The side giving ground accepts when it is losing and a guarantor's peacekeepers protect what is left.
  const guard = t.peacekeepers && !allied(seen, side, t.peacekeepers.actor) && !plan.enemies.includes(t.peacekeepers.actor) ? t.peacekeepers.actor : null;
  if (d.losing && guard) return { answer: 'accept', why: [...d.facts, `${name(plan, guard)}'s peacekeepers will protect what we still hold and the corridor`] };
  if (losing.length === 0) return { answer: 'accept', why: ['it costs us no more ground and stops the fighting'] };
  if (d.losing) return { answer: 'accept', why: [...d.facts, 'we cannot hold on'] };
  if (turnsLeft <= 1 && guard) return { answer: 'accept', why: ['the war cannot go on; peacekeepers on the line are the best we can get'] };
  return { answer: 'reject', why: [`we still hold the line; ${losing.map((x) => name(plan, x.region)).join(', ')} is too much to give`] };
}

/** A power outside the fighting answers a settlement by what it gets from it: its troops, its rival's role. */
function answerAsGuarantor(plan: Plan, p: Proposal, t: Settlement): { answer: 'accept' | 'reject'; why: string[] } {
  const ownTroops = t.peacekeepers?.actor === plan.actor;
  const rivalSeat = t.monitoringCentre.includes(plan.rival) && plan.actor !== plan.rival;
  if (plan.actor === plan.broker && rivalSeat && plan.enemies.length > 0) return { answer: 'reject', why: ['no Turkish role while Russian forces are engaged'] };
  if (ownTroops) return { answer: 'accept', why: [`our peacekeepers go in${rivalSeat ? `; a seat for ${name(plan, plan.rival)} in the monitoring centre is the price of Baku's signature` : ''}`] };
  if (t.monitoringCentre.includes(plan.actor)) return { answer: 'accept', why: ['it gives us a seat in the monitoring centre'] };
  const rel = plan.me.relations[p.from] ?? 0;
  return rel >= 0 ? { answer: 'accept', why: ['it ends the war'] } : { answer: 'reject', why: [`relations with ${name(plan, p.from)} are ${rel}`] };
}

/** The reasons an answer gives in the log, cut to what an order may carry. */
function answerReason(why: readonly string[]): string {
  const text = why.join('; ');
  const max = ORDER_LIMITS.reasonLength;
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

/** Answer every proposal now due. */
export function answerProposals(plan: Plan): void {
  for (const p of plan.view.proposals) {
    if (p.status !== 'pending' || !p.to.includes(plan.actor) || p.answers[plan.actor] || p.turn >= plan.view.turn) continue;
    const t = p.terms;
    const res = defer(plan, p, t.kind === 'ceasefire' ? answerCeasefire(plan, p) : t.kind === 'settlement' ? answerSettlement(plan, p, t) : answerOther(plan, p));
    const label = `${name(plan, p.from)}'s ${t.kind} proposal (${p.id})`;
    if (res.answer === 'accept' && t.kind === 'ceasefire') for (const x of [p.from, ...p.to]) if (x !== plan.actor && !plan.seen.actors[x].doctrine.mediator) plan.truceWith.add(x);
    if (res.answer === 'accept' && t.kind === 'settlement') plan.settling = true;
    const reason = answerReason(res.why);
    const order = res.answer === 'counter' && 'counter' in res && res.counter ? { kind: 'answer' as const, proposal: p.id, answer: 'counter' as const, counter: res.counter, reason } : { kind: 'answer' as const, proposal: p.id, answer: res.answer === 'counter' ? ('reject' as const) : res.answer, reason };
    if (!give(plan, order, `${order.answer} ${label}: ${res.why.join('; ')}`)) note(plan, `cannot answer ${label}: no action points left`);
    // A purchase is paid in the diplomacy phase, after this week's orders: keep the money for it.
    else if (order.answer === 'accept' && t.kind === 'arms-deal' && t.buyer === plan.actor) plan.money = Math.max(0, plan.money - t.price);
  }
}

/** Does the actor's own side want a ceasefire now? (The losing belligerent asks for one.) */
export function seekCeasefire(plan: Plan): void {
  if (plan.enemies.length === 0 || plan.commander !== plan.actor) return;
  const d = distress(plan, plan.actor);
  if (!d.losing && regionsLost(plan, plan.actor).length < 2) return;
  if (ceasefireInForce(plan) || pendingOf(plan, 'ceasefire').length > 0) return;
  const to = [...new Set(plan.enemies.map((e) => sideOf(plan, e)))].filter((e) => !plan.seen.actors[e].doctrine.mediator).sort();
  if (to.length === 0) return;
  const monitors = plan.seen.actors[plan.broker] && !plan.enemies.includes(plan.broker) ? [plan.broker] : [];
  give(plan, { kind: 'propose', to, terms: { kind: 'ceasefire', turns: 2, monitors } }, `ask ${to.map((e) => name(plan, e)).join(', ')} for a two-week ceasefire${monitors.length ? ' monitored by Russia' : ''}: ${d.facts.join('; ') || 'we have lost ground'}`);
}

/** Public statements: a patron backs its client once the war is on; a mediator calls for calm. */
export function statements(plan: Plan): void {
  const sides = warSides(plan);
  if (!sides || plan.ap < 1) return;
  const { seen, actor } = plan;
  const turn = plan.view.turn;
  const clients = plan.doctrine.patronOf.map((x) => x.client);
  const atWarClient = clients.find((c) => seen.wars.some((w) => w.a === c || w.b === c));
  if (actor === plan.rival && atWarClient && (turn % 3 === 0 || pendingSettlementSeen(plan))) {
    give(plan, { kind: 'propose', to: [atWarClient], terms: { kind: 'statement', stance: 'support', about: atWarClient } }, `declare support for ${name(plan, atWarClient)}: we want a seat at whatever settlement ends this war`);
  }
}

function pendingSettlementSeen(plan: Plan): boolean {
  return plan.seen.treaties.some((t) => t.kind === 'settlement') || pendingOf(plan, 'settlement').length > 0;
}
