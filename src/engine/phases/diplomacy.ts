// Phase 3, diplomacy: proposals delivered, answers to earlier proposals applied, treaties
// taking effect or lapsing. Background actors answer by rule, with the rule in the log.
import { describeTerms } from '../describe';
import { createProposal } from '../effects';
import { fullForces, totalStrength } from '../forces';
import { allied, atWar, inForce } from '../sides';
import { adjust, adjustInfluence, adjustRelations, adjustTension, note } from '../stats';
import type { ActorId, GameState, Proposal, ProposalTerms, Treaty, TreatyKind } from '../types';
import type { Dice } from '../rng';
import { withDice, type TurnContext } from './context';
import { stance } from './reactions';

/** Weeks in a year, for terms written in years. */
const TURNS_PER_YEAR = 52;
/** A proposal nobody finished answering lapses after this many turns. */
const PROPOSAL_LIFETIME = 2;

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
  note(ctx.log, { kind: 'treaty', treaty: t.id, treatyKind: kind, parties: [...t.parties], change: 'signed', text: `In force: ${text}.`, cause: 'accepted proposal' });
  return t;
}

/** Hand a region over: the new holder takes it and the old holder's forces withdraw. */
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
  r.controller = to;
  r.capturedTurn = state.turn;
  ctx.captures.push({ region, from, to });
  note(ctx.log, { kind: 'capture', region, from, to, text: `${r.name} is handed over to ${state.actors[to].name} ${why}.`, cause: 'settlement' });
}

function belligerentsAmong(state: GameState, parties: readonly ActorId[]): ActorId[] {
  return parties.filter((p) => parties.some((q) => q !== p && atWar(state, p, q)));
}

function enact(state: GameState, ctx: TurnContext, p: Proposal): void {
  const parties = [p.from, ...p.to];
  const t = p.terms;
  const mediator = (who: ActorId): void => {
    if (belligerentsAmong(state, parties).includes(who)) return;
    adjust(state, ctx.log, who, 'legitimacy', 3, `brokered the ${t.kind}`);
    for (const b of belligerentsAmong(state, parties)) adjustInfluence(state, ctx.log, who, b, 5, `brokered the ${t.kind}`);
  };
  switch (t.kind) {
    case 'ceasefire': {
      // A second truce between the same parties extends the one in force rather than doubling it.
      const same = state.treaties.find((x) => x.kind === 'ceasefire' && inForce(state, x) && x.parties.length === new Set(parties).size && parties.every((q) => x.parties.includes(q)));
      if (same) {
        same.expires = Math.max(same.expires ?? state.turn, state.turn + t.turns - 1);
        note(ctx.log, { kind: 'treaty', treaty: same.id, treatyKind: 'ceasefire', parties: [...same.parties], change: 'renewed', text: `The ceasefire in force is reaffirmed and now runs to week ${(same.expires ?? state.turn) + 1}.`, cause: `accepted proposal of ${state.actors[p.from].name}` });
        mediator(p.from);
        return;
      }
      addTreaty(state, ctx, 'ceasefire', parties, t.turns, describeTerms(t, state), { monitors: t.monitors });
      mediator(p.from);
      adjustTension(state, ctx.log, -3, 'a ceasefire was agreed');
      return;
    }
    case 'settlement': {
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
        addTreaty(state, ctx, 'peacekeeping', [pk.actor, ...parties], pk.years * TURNS_PER_YEAR, `peacekeepers from ${state.actors[pk.actor].name} (strength ${pk.strength}) in ${where.map((r) => state.regions[r].name).join(', ') || 'the zone'} for ${pk.years} years`, { renewable: pk.renewable, beneficiary: pk.actor });
      }
      if (t.monitoringCentre.length > 0) {
        addTreaty(state, ctx, 'monitoring-centre', [...t.monitoringCentre, ...fighters], TURNS_PER_YEAR, `a ceasefire monitoring centre staffed by ${t.monitoringCentre.map((m) => state.actors[m].name).join(' and ')}`, { monitors: t.monitoringCentre });
      }
      state.wars = state.wars.filter((w) => !parties.some((x) => allied(state, x, w.a)) || !parties.some((x) => allied(state, x, w.b)));
      mediator(p.from);
      adjustTension(state, ctx.log, -5, 'a settlement was signed');
      return;
    }
    case 'arms-deal': {
      const rule = state.rules.support[t.package];
      adjust(state, ctx.log, t.buyer, 'treasury', -t.price, `arms deal with ${state.actors[t.seller].name}`);
      adjust(state, ctx.log, t.seller, 'treasury', t.price, `arms deal with ${state.actors[t.buyer].name}`);
      state.links.push({ id: `link-${state.nextId++}`, patron: t.seller, client: t.buyer, package: t.package, covert: false, since: state.turn, deliverTurn: state.turn + t.delay, until: state.turn + t.delay + rule.delay, delivered: 0, exposed: false, active: true });
      adjustInfluence(state, ctx.log, t.seller, t.buyer, rule.influence, 'arms deal');
      return;
    }
    case 'transit':
      addTreaty(state, ctx, 'transit', [t.grantor, t.user], t.turns, describeTerms(t, state));
      return;
    case 'basing':
      addTreaty(state, ctx, 'basing', [t.host, t.guest], t.turns, describeTerms(t, state));
      return;
    case 'mediation':
      addTreaty(state, ctx, 'mediation', parties, 4, describeTerms(t, state), { beneficiary: t.mediator });
      mediator(t.mediator);
      return;
    case 'summit':
      for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) adjustRelations(state, ctx.log, parties[i], parties[j], 3, 'summit');
      adjustTension(state, ctx.log, -2, 'summit');
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

/** A condemnation costs legitimacy, unless a patron's diplomatic cover shields the target. */
export function condemned(state: GameState, ctx: TurnContext, target: ActorId, by: ActorId, cost: number): void {
  const cover = state.links.find((l) => l.active && l.package === 'diplomatic-cover' && l.client === target && l.deliverTurn <= state.turn);
  if (cover) {
    note(ctx.log, { kind: 'decision', actor: cover.patron, reasons: ['diplomatic cover'], text: `${state.actors[cover.patron].name}'s diplomatic cover blunts ${state.actors[by].name}'s criticism of ${state.actors[target].name}.`, cause: 'diplomatic cover' });
    return;
  }
  adjust(state, ctx.log, target, 'legitimacy', -cost, `condemned by ${state.actors[by].name}`);
}

/** Statements, sanctions and recognition are unilateral: they take effect when made. */
function unilateral(state: GameState, ctx: TurnContext, from: ActorId, t: ProposalTerms): boolean {
  switch (t.kind) {
    case 'statement': {
      const delta = t.stance === 'support' ? 5 : t.stance === 'condemn' ? -8 : 0;
      note(ctx.log, { kind: 'decision', actor: from, reasons: ['public statement'], text: `${state.actors[from].name} makes a statement: ${describeTerms(t, state)}.`, cause: 'statement' });
      if (delta !== 0) adjustRelations(state, ctx.log, from, t.about, delta, 'public statement');
      if (t.stance === 'condemn') condemned(state, ctx, t.about, from, 1);
      return true;
    }
    case 'sanction': {
      const target = state.actors[t.target];
      if (t.exports && !target.embargoedBy.includes(from)) {
        target.embargoedBy.push(from);
        target.embargoedBy.sort();
      }
      adjustRelations(state, ctx.log, from, t.target, -10, 'sanctions');
      note(ctx.log, { kind: 'decision', actor: from, reasons: ['sanctions'], text: `${state.actors[from].name} imposes ${describeTerms(t, state)}.`, cause: 'sanction' });
      return true;
    }
    case 'recognition':
      adjustRelations(state, ctx.log, from, t.of, 15, 'recognition');
      note(ctx.log, { kind: 'decision', actor: from, reasons: ['recognition'], text: `${state.actors[from].name} announces ${describeTerms(t, state)}.`, cause: 'recognition' });
      return true;
    default:
      return false;
  }
}

/** Background actors answer by rule: they accept what calms the fighting and what their friends offer. */
function backgroundAnswer(state: GameState, ctx: TurnContext, dice: Dice, actor: ActorId, p: Proposal): { answer: 'accept' | 'reject'; reason: string } {
  const rel = state.actors[actor].relations[p.from] ?? 0;
  if (p.terms.kind === 'ceasefire' || p.terms.kind === 'summit' || p.terms.kind === 'mediation') return { answer: 'accept', reason: 'background actors always back calls for calm' };
  if (p.terms.kind === 'transit') {
    // Whether a neighbour keeps its routes open is unknown until first asked, then fixed.
    const open = stance(state, ctx, dice, `transit:${actor}`, 100, `whether ${state.actors[actor].name} lets military cargo through (open if ≤ ${state.rules.reactions.transitOpenPct})`);
    if (open === 0 || open > state.rules.reactions.transitOpenPct) return { answer: 'reject', reason: 'its routes are closed to military transit' };
  }
  return rel >= 0 ? { answer: 'accept', reason: `relations with ${state.actors[p.from].name} are ${rel}` } : { answer: 'reject', reason: `relations with ${state.actors[p.from].name} are ${rel}` };
}

/** Regions a settlement hands over later change hands when they fall due. */
function handovers(state: GameState, ctx: TurnContext): void {
  const due = state.handovers.filter((h) => h.turn <= state.turn);
  if (due.length === 0) return;
  state.handovers = state.handovers.filter((h) => h.turn > state.turn);
  for (const h of due) transferRegion(state, ctx, h.region, h.to, 'on the date the settlement set');
}

export function diplomacyPhase(state: GameState, ctx: TurnContext): void {
  handovers(state, ctx);
  // Answers to proposals made in earlier turns.
  for (const actor of state.actorOrder) {
    for (const o of ctx.orders[actor] ?? []) {
      if (o.kind !== 'answer') continue;
      const p = state.proposals.find((x) => x.id === o.proposal);
      if (!p || p.status !== 'pending') continue;
      p.answers[actor] = o.answer;
      note(ctx.log, { kind: 'answer', proposal: p.id, actor, answer: o.answer, text: `${state.actors[actor].name} ${o.answer === 'counter' ? 'counters' : o.answer + 's'} ${state.actors[p.from].name}'s proposal (${describeTerms(p.terms, state)}).`, cause: `answer of ${state.actors[actor].name}` });
      if (o.answer === 'counter' && o.counter) createProposal(state, ctx.log, actor, [p.from, ...p.to.filter((x) => x !== actor)], o.counter, `counter-proposal of ${state.actors[actor].name}`, p.id);
    }
  }
  withDice(state, (dice) => resolveProposals(state, ctx, dice));
  // New proposals, delivered now and answerable next turn.
  for (const actor of state.actorOrder) {
    for (const o of ctx.orders[actor] ?? []) {
      if (o.kind !== 'propose') continue;
      if (!unilateral(state, ctx, actor, o.terms)) createProposal(state, ctx.log, actor, o.to, o.terms, `proposal of ${state.actors[actor].name}`);
    }
  }
  lapse(state, ctx);
}

function resolveProposals(state: GameState, ctx: TurnContext, dice: Dice): void {
  for (const p of state.proposals) {
    if (p.status !== 'pending' || p.turn >= state.turn) continue;
    for (const actor of p.to) {
      if (p.answers[actor] || !state.actors[actor].background) continue;
      const { answer, reason } = backgroundAnswer(state, ctx, dice, actor, p);
      p.answers[actor] = answer;
      note(ctx.log, { kind: 'answer', proposal: p.id, actor, answer, text: `${state.actors[actor].name} ${answer}s ${state.actors[p.from].name}'s proposal: ${reason}.`, cause: 'rule for background actors' });
    }
    const answers = p.to.map((a) => p.answers[a]);
    if (answers.some((a) => a === 'reject')) p.status = 'rejected';
    else if (answers.some((a) => a === 'counter')) p.status = 'countered';
    else if (answers.every((a) => a === 'accept')) {
      p.status = 'accepted';
      enact(state, ctx, p);
    } else if (state.turn - p.turn >= PROPOSAL_LIFETIME) {
      p.status = 'expired';
      note(ctx.log, { kind: 'answer', proposal: p.id, actor: p.from, answer: 'reject', text: `${state.actors[p.from].name}'s proposal (${describeTerms(p.terms, state)}) lapsed unanswered.`, cause: 'no answer in time' });
    }
    if (p.status === 'rejected') {
      for (const a of p.to) if (p.answers[a] === 'reject') adjustRelations(state, ctx.log, a, p.from, -2, 'proposal rejected');
    }
  }
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
function lapse(state: GameState, ctx: TurnContext): void {
  for (const t of state.treaties) {
    if (t.expires !== null && t.expires === state.turn - 1) {
      if (t.renewable) {
        t.expires = state.turn + TURNS_PER_YEAR * 5 - 1;
        note(ctx.log, { kind: 'treaty', treaty: t.id, treatyKind: t.kind, parties: [...t.parties], change: 'renewed', text: `Renewed: ${t.text}.`, cause: 'automatic renewal' });
      } else {
        note(ctx.log, { kind: 'treaty', treaty: t.id, treatyKind: t.kind, parties: [...t.parties], change: 'lapsed', text: `Lapsed: ${t.text}.`, cause: 'its term ended' });
        if (t.kind === 'peacekeeping' && t.beneficiary) withdrawPeacekeepers(state, t.beneficiary);
      }
    }
  }
  state.treaties = state.treaties.filter((t) => inForce(state, t) || t.since > state.turn || t.kind === 'defence');
}
