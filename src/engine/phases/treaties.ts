// Treaties: what an accepted proposal puts in force, the handovers a settlement schedules, and
// treaties that lapse or renew (with the peacekeepers going home when their mandate ends).
import { actorName, listed, regionName } from '../names';
import { describeTerms } from '../describe';
import { fullForces, totalStrength } from '../forces';
import { routeDelay } from '../routes';
import { allied, atWar, inForce } from '../sides';
import { adjust, adjustInfluence, adjustRelations, adjustTension, note } from '../stats';
import type { ActorId, GameState, Proposal, Treaty, TreatyKind } from '../types';
import type { TurnContext } from './context';
import { armsSaleCosts } from './patronage';

/** Weeks in a year, for terms written in years. */
const TURNS_PER_YEAR = 52;

/** "Armenia, Azerbaijan and Russia". */
function namesOf(state: GameState, ids: readonly ActorId[]): string {
  return listed(ids.map((id) => actorName(state, id)));
}

function addTreaty(state: GameState, ctx: TurnContext, kind: TreatyKind, parties: readonly ActorId[], turns: number | null, text: string, extra: Partial<Treaty> = {}): Treaty {
  const t: Treaty = {
    id: `t${state.nextId++}`,
    kind,
    parties: [...new Set(parties)].sort(),
    since: state.turn,
    expires: turns === null ? null : state.turn + turns - 1,
    renewable: false,
    text,
    breachedBy: [],
    ...extra,
  };
  state.treaties.push(t);
  note(ctx.log, { kind: 'treaty', treaty: t.id, treatyKind: kind, parties: [...t.parties], change: 'signed', text: `In force, agreed by ${namesOf(state, t.parties)}: ${text}.`, cause: 'accepted proposal' });
  return t;
}

/** Hand a region over: the new holder takes it and the old holder's forces withdraw (no battle, no casualties). */
export function transferRegion(state: GameState, ctx: TurnContext, region: string, to: ActorId, why: string): void {
  const r = state.regions[region];
  const from = r.controller;
  if (from === to) return;
  for (const id of state.actorOrder) {
    const f = state.actors[id].forces[region];
    if (!f || allied(state, id, to) || f.peacekeepers > 0) continue;
    const back = r.neighbours.find((n) => {
      const c = state.regions[n].controller;
      return c !== null && allied(state, id, c);
    });
    if (back) {
      const dst = (state.actors[id].forces[back] ??= fullForces(undefined));
      for (const [k, v] of Object.entries(f)) dst[k as keyof typeof f] += v;
    }
    delete state.actors[id].forces[region];
  }
  // Handed over, not taken: capturedTurn keeps the last change of hands in battle (the score and the computer read it).
  r.controller = to;
  ctx.captures.push({ region, from, to, handover: true });
  note(ctx.log, { kind: 'capture', region, from, to, text: `${r.name} is handed over to ${actorName(state, to)} ${why}.`, cause: 'settlement' });
}

function belligerentsAmong(state: GameState, parties: readonly ActorId[]): ActorId[] {
  return parties.filter((p) => parties.some((q) => q !== p && atWar(state, p, q)));
}

export function enact(state: GameState, ctx: TurnContext, p: Proposal): void {
  const parties = [p.from, ...p.to];
  const t = p.terms;
  const mediator = (who: ActorId): void => {
    if (belligerentsAmong(state, parties).includes(who)) return;
    adjust(state, ctx.log, who, 'legitimacy', state.rules.standing.brokerLegitimacy, `brokered the ${t.kind}`);
    for (const b of belligerentsAmong(state, parties)) adjustInfluence(state, ctx.log, who, b, state.rules.standing.brokerInfluence, `brokered the ${t.kind}`);
  };
  switch (t.kind) {
    case 'ceasefire': {
      // A second truce between the same parties extends the one in force rather than doubling it.
      const same = state.treaties.find((x) => x.kind === 'ceasefire' && inForce(state, x) && x.parties.length === new Set(parties).size && parties.every((q) => x.parties.includes(q)));
      if (same) {
        same.expires = Math.max(same.expires ?? state.turn, state.turn + t.turns - 1);
        note(ctx.log, { kind: 'treaty', treaty: same.id, treatyKind: 'ceasefire', parties: [...same.parties], change: 'renewed', text: `The ceasefire in force is reaffirmed and now runs to week ${(same.expires ?? state.turn) + 1}.`, cause: `accepted proposal of ${actorName(state, p.from)}` });
        mediator(p.from);
        return;
      }
      addTreaty(state, ctx, 'ceasefire', parties, t.turns, describeTerms(t, state), { monitors: t.monitors });
      mediator(p.from);
      adjustTension(state, ctx.log, state.rules.tensionShifts.ceasefire, 'a ceasefire was agreed');
      return;
    }
    case 'settlement': {
      // One settlement at a time: proposals are enacted in the order they were made, so the
      // first accepted wins and a later one that overlaps it lapses.
      const first = state.treaties.find((x) => x.kind === 'settlement' && inForce(state, x) && x.parties.filter((q) => parties.includes(q)).length >= 2);
      if (first) {
        p.status = 'expired';
        note(ctx.log, { kind: 'answer', proposal: p.id, actor: p.from, answer: 'reject', text: `${actorName(state, p.from)}'s settlement (${describeTerms(t, state)}) lapses: the settlement agreed by ${namesOf(state, first.parties)} is already in force.`, cause: 'one settlement at a time' });
        return;
      }
      const fighters = belligerentsAmong(state, parties);
      const treaty = addTreaty(state, ctx, 'settlement', parties, null, describeTerms(t, state), { terms: t });
      for (const x of t.transfers) {
        if (x.afterTurns === 0) transferRegion(state, ctx, x.region, x.to, 'under the settlement');
        else state.handovers.push({ region: x.region, to: x.to, turn: state.turn + x.afterTurns, treaty: treaty.id });
      }
      state.handovers.sort((a, b) => a.turn - b.turn || (a.region < b.region ? -1 : 1));
      if (t.peacekeepers) {
        const pk = t.peacekeepers;
        // Peacekeepers stand on the corridors and in the former NKAO's parts still held by the side that gives ground.
        const gainers = new Set(t.transfers.map((x) => x.to));
        const held = state.regionOrder.filter((r) => {
          const c = state.regions[r].controller;
          return state.regions[r].zone === 'nkao' && c !== null && ![...gainers].some((g) => allied(state, g, c));
        });
        const where = [...new Set([...t.corridors, ...held])].sort();
        for (let i = 0; i < where.length; i++) {
          const share = Math.floor(pk.strength / where.length) + (i < pk.strength % where.length ? 1 : 0);
          if (share === 0) continue;
          const f = (state.actors[pk.actor].forces[where[i]] ??= fullForces(undefined));
          f.peacekeepers += share;
        }
        addTreaty(state, ctx, 'peacekeeping', [pk.actor, ...parties], pk.years * TURNS_PER_YEAR, `peacekeepers from ${actorName(state, pk.actor)} (strength ${pk.strength}) in ${where.map((r) => regionName(state, r)).join(', ') || 'the zone'} for ${pk.years} years`, { renewable: pk.renewable, beneficiary: pk.actor });
      }
      if (t.monitoringCentre.length > 0) {
        addTreaty(state, ctx, 'monitoring-centre', [...t.monitoringCentre, ...fighters], state.rules.diplomacy.monitoringCentreYears * TURNS_PER_YEAR, `a ceasefire monitoring centre staffed by ${t.monitoringCentre.map((m) => actorName(state, m)).join(' and ')}`, { monitors: t.monitoringCentre });
      }
      state.wars = state.wars.filter((w) => !parties.some((x) => allied(state, x, w.a)) || !parties.some((x) => allied(state, x, w.b)));
      mediator(p.from);
      adjustTension(state, ctx.log, state.rules.tensionShifts.settlement, 'a settlement was signed');
      return;
    }
    case 'arms-deal': {
      const rule = state.rules.support[t.package];
      // Agreed last week, paid on delivery of the contract: a buyer whose treasury has since run
      // short cannot pay, and the deal falls through.
      const funds = state.actors[t.buyer].treasury;
      if (funds < t.price) {
        note(ctx.log, { kind: 'decision', actor: t.buyer, reasons: [`treasury ${funds}, price ${t.price}`], text: `${actorName(state, t.buyer)} cannot pay the ${t.price} agreed with ${actorName(state, t.seller)}: the arms deal falls through.`, cause: 'arms deal unpaid' });
        return;
      }
      adjust(state, ctx.log, t.buyer, 'treasury', -t.price, `arms deal with ${actorName(state, t.seller)}`);
      adjust(state, ctx.log, t.seller, 'treasury', t.price, `arms deal with ${actorName(state, t.buyer)}`);
      const route = routeDelay(state, t.seller, t.buyer, t.package);
      if (route.why) note(ctx.log, { kind: 'decision', actor: t.seller, reasons: [route.why], text: `${actorName(state, t.seller)}'s ${t.package} for ${actorName(state, t.buyer)}: ${route.why}.`, cause: 'supply route' });
      const due = state.turn + t.delay + route.turns;
      state.links.push({ id: `link-${state.nextId++}`, patron: t.seller, client: t.buyer, package: t.package, covert: false, since: state.turn, deliverTurn: due, until: due + rule.delay, delivered: 0, exposed: false, active: true, sold: true });
      armsSaleCosts(state, ctx, t.seller, t.buyer, t.package);
      return;
    }
    case 'transit':
      addTreaty(state, ctx, 'transit', [t.grantor, t.user], t.turns, describeTerms(t, state));
      return;
    case 'basing':
      addTreaty(state, ctx, 'basing', [t.host, t.guest], t.turns, describeTerms(t, state));
      return;
    case 'mediation':
      addTreaty(state, ctx, 'mediation', parties, state.rules.diplomacy.mediationTurns, describeTerms(t, state), { beneficiary: t.mediator });
      mediator(t.mediator);
      return;
    case 'summit':
      for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) adjustRelations(state, ctx.log, parties[i], parties[j], state.rules.relationShifts.summit, 'summit');
      adjustTension(state, ctx.log, state.rules.tensionShifts.summit, 'summit');
      return;
    case 'statement':
    case 'sanction':
    case 'recognition':
      return;
    default: {
      const never: never = t;
      throw new Error(`bug: unknown terms ${JSON.stringify(never)}`);
    }
  }
}

/** Regions a settlement hands over later change hands when they fall due. */
export function handovers(state: GameState, ctx: TurnContext): void {
  const due = state.handovers.filter((h) => h.turn <= state.turn);
  if (due.length === 0) return;
  state.handovers = state.handovers.filter((h) => h.turn > state.turn);
  for (const h of due) transferRegion(state, ctx, h.region, h.to, 'on the date the settlement set');
}

/** When a mandate ends its peacekeepers go home. */
function withdrawPeacekeepers(state: GameState, actor: ActorId): void {
  const forces = state.actors[actor].forces;
  for (const r of Object.keys(forces).sort()) {
    forces[r].peacekeepers = 0;
    if (totalStrength(forces[r]) === 0) delete forces[r];
  }
}

/** Treaties that run out lapse, or renew when their terms say so. */
export function lapse(state: GameState, ctx: TurnContext): void {
  for (const t of state.treaties) {
    if (t.expires !== null && t.expires === state.turn - 1) {
      if (t.renewable) {
        t.expires = state.turn + TURNS_PER_YEAR * state.rules.diplomacy.renewalYears - 1;
        note(ctx.log, { kind: 'treaty', treaty: t.id, treatyKind: t.kind, parties: [...t.parties], change: 'renewed', text: `Renewed: ${t.text}.`, cause: 'automatic renewal' });
      } else {
        note(ctx.log, { kind: 'treaty', treaty: t.id, treatyKind: t.kind, parties: [...t.parties], change: 'lapsed', text: `Lapsed: ${t.text}.`, cause: 'its term ended' });
        if (t.kind === 'peacekeeping' && t.beneficiary) withdrawPeacekeepers(state, t.beneficiary);
      }
    }
  }
  state.treaties = state.treaties.filter((t) => inForce(state, t) || t.since > state.turn || t.kind === 'defence');
}
