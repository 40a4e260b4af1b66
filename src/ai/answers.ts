// How an actor answers the proposals that are not about ending the war: arms deals (as buyer or
// seller), transit through its land, a foreign base, summits and mediation. Each answer carries
// the reasons that produced it.
import { atWar } from '../engine';
import type { ActorId, Proposal, ProposalTerms } from '../engine';
import { name, type Plan } from './plan';
import { KEEP_IN_HAND } from './support';

type Reply = { answer: 'accept' | 'reject'; why: string[] };
type ArmsDeal = Extract<ProposalTerms, { kind: 'arms-deal' }>;
type Transit = Extract<ProposalTerms, { kind: 'transit' }>;
type Basing = Extract<ProposalTerms, { kind: 'basing' }>;

/** Is `id` at war with us or with the side we belong to? */
function hostile(plan: Plan, id: ActorId): boolean {
  return atWar(plan.seen, plan.actor, id) || atWar(plan.seen, plan.commander, id);
}

function byRelations(plan: Plan, p: Proposal): Reply {
  const rel = plan.me.relations[p.from] ?? 0;
  return rel >= 0 ? { answer: 'accept', why: [`relations with ${name(plan, p.from)} are ${rel}`] } : { answer: 'reject', why: [`relations with ${name(plan, p.from)} are ${rel}`] };
}

/** What a package brings, in words. */
function brings(plan: Plan, pkg: ArmsDeal['package']): string {
  const f = plan.seen.rules.support[pkg].forces;
  const parts = Object.entries(f).filter(([, v]) => (v ?? 0) > 0).map(([k, v]) => `${v} ${k === 'airDefence' ? 'air defence' : k === 'specialForces' ? 'special forces' : k}`);
  return parts.length > 0 ? parts.join(' and ') : pkg;
}

/** An arms deal: the buyer weighs need and money; the seller whether the buyer is a friend and the price fair. */
function answerArmsDeal(plan: Plan, p: Proposal, t: ArmsDeal): Reply {
  const { seen } = plan;
  const cost = seen.rules.support[t.package].cost;
  if (t.buyer === plan.actor) {
    if (hostile(plan, t.seller)) return { answer: 'reject', why: [`${name(plan, t.seller)} is at war with us`] };
    if (t.price > plan.money) return { answer: 'reject', why: [`we cannot pay ${t.price} (we have ${plan.money})`] };
    if (t.price > cost * 2) return { answer: 'reject', why: [`the price (${t.price}) is more than twice what ${t.package} is worth`] };
    const rel = plan.me.relations[t.seller] ?? 0;
    if (rel < 0) return { answer: 'reject', why: [`we do not buy from ${name(plan, t.seller)} (relations ${rel})`] };
    const atWarNow = plan.enemies.length > 0;
    if (!atWarNow && seen.treaties.some((x) => x.kind === 'settlement')) return { answer: 'reject', why: ['the war is settled: we need no more arms now'] };
    if (!atWarNow && plan.doctrine.aggression < 50) return { answer: 'reject', why: ['we are not at war: the money is better kept'] };
    if (atWarNow && plan.me.reserves > 0 && plan.money - t.price < KEEP_IN_HAND) return { answer: 'reject', why: [`paying ${t.price} would leave us too little to call up our reserves`] };
    return { answer: 'accept', why: [`${brings(plan, t.package)} for ${t.price}${atWarNow ? ' while we fight' : ' to prepare'}; relations with ${name(plan, t.seller)} are ${rel}`] };
  }
  if (t.seller === plan.actor) {
    if (hostile(plan, t.buyer)) return { answer: 'reject', why: [`${name(plan, t.buyer)} is at war with us`] };
    if (seen.forbidden.some((f) => f.patron === plan.actor && f.package === t.package)) return { answer: 'reject', why: [`we do not supply ${t.package}`] };
    const armsFoe = plan.doctrine.patronOf.map((x) => x.client).find((c) => atWar(seen, c, t.buyer) || atWar(seen, seen.actors[c]?.commandedBy ?? c, t.buyer));
    if (armsFoe) return { answer: 'reject', why: [`it would arm ${name(plan, t.buyer)} against ${name(plan, armsFoe)}, whom we back`] };
    if (t.price < cost) return { answer: 'reject', why: [`${t.price} is below what ${t.package} costs us (${cost})`] };
    const rel = plan.me.relations[t.buyer] ?? 0;
    if (rel < 0) return { answer: 'reject', why: [`relations with ${name(plan, t.buyer)} are ${rel}`] };
    return { answer: 'accept', why: [`a sale at ${t.price} brings money and influence with ${name(plan, t.buyer)} (relations ${rel})`] };
  }
  return byRelations(plan, p);
}

/** Transit: a neighbour asked to open its routes keeps out of a war at its border and does not arm a side it likes less. */
function answerTransit(plan: Plan, p: Proposal, t: Transit): Reply {
  const { seen } = plan;
  if (t.grantor !== plan.actor) {
    if (t.user === plan.actor && !hostile(plan, t.grantor)) return { answer: 'accept', why: ['an open route costs us nothing'] };
    return byRelations(plan, p);
  }
  if (hostile(plan, t.user)) return { answer: 'reject', why: [`${name(plan, t.user)} is at war with us`] };
  const clients = seen.actors[t.user].doctrine.patronOf.map((x) => x.client).filter((c, i, all) => all.indexOf(c) === i);
  const foes = [...new Set(clients.flatMap((c) => seen.actorOrder.filter((e) => atWar(seen, c, e) || atWar(seen, seen.actors[c]?.commandedBy ?? c, e))))].filter((e) => e !== plan.actor);
  const warring = clients.filter((c) => foes.some((e) => atWar(seen, c, e) || atWar(seen, seen.actors[c]?.commandedBy ?? c, e)));
  const rel = plan.me.relations[t.user] ?? 0;
  if (warring.length === 0) return rel >= 0 ? { answer: 'accept', why: [`no war is being supplied; relations with ${name(plan, t.user)} are ${rel}`] } : { answer: 'reject', why: [`relations with ${name(plan, t.user)} are ${rel}`] };
  // A neighbour whose border the fighting has reached keeps war material off its land.
  const border = [...new Set(plan.doctrine.redLines.flatMap((rl) => (rl.kind === 'attack-on-zone' ? [] : rl.regions)))].filter((r) => seen.regions[r] && seen.regions[r].capturedTurn >= 0);
  if (border.length > 0) return { answer: 'reject', why: [`the fighting has reached our border (${border.map((r) => name(plan, r)).join(', ')}): war material crossing our land would make us a party to the war`] };
  // Supplies for one side only: not for a side we like less than its enemy.
  const oneSide = warring.every((c) => !warring.some((d) => atWar(seen, c, d) || atWar(seen, seen.actors[c]?.commandedBy ?? c, d)));
  const friend = Math.max(...warring.map((c) => plan.me.relations[c] ?? 0));
  const worst = foes.reduce((best, e) => ((plan.me.relations[e] ?? 0) > (plan.me.relations[best] ?? 0) ? e : best), foes[0]);
  const foeRel = plan.me.relations[worst] ?? 0;
  if (oneSide && foeRel > friend) return { answer: 'reject', why: [`it would arm ${warring.map((c) => name(plan, c)).join(', ')} against ${name(plan, worst)}, with whom our relations are better (${foeRel} against ${friend})`] };
  if (rel < 0) return { answer: 'reject', why: [`relations with ${name(plan, t.user)} are ${rel}`] };
  return { answer: 'accept', why: [`relations with ${name(plan, t.user)} are ${rel}${oneSide ? ` and with ${warring.map((c) => name(plan, c)).join(', ')} ${friend}` : ''}; the fighting is away from our border`] };
}

/** The patron that competes with `guest` for a client's loyalty (the scenario's rivals), if any. */
function rivalOf(plan: Plan, guest: ActorId): ActorId | null {
  const [a, b] = plan.seen.roles.rivals;
  return guest === a ? b : guest === b ? a : null;
}

/** Is `guarantor` bound by a defence treaty to protect `beneficiary`? */
function guarantees(plan: Plan, guarantor: ActorId, beneficiary: ActorId): boolean {
  return plan.seen.treaties.some((x) => x.kind === 'defence' && x.beneficiary === beneficiary && x.parties.includes(guarantor) && guarantor !== beneficiary);
}

/** Basing: the host weighs who the guest is and what a foreign base does to its balance between patrons; an invited guest, whether the base would drag it into the war. */
function answerBasing(plan: Plan, p: Proposal, t: Basing): Reply {
  const { seen } = plan;
  const region = seen.regions[t.region];
  if (t.host === plan.actor) {
    if (hostile(plan, t.guest)) return { answer: 'reject', why: [`${name(plan, t.guest)} is at war with us`] };
    if (!region || region.controller !== plan.actor) return { answer: 'reject', why: [`${name(plan, t.region)} is not ours to offer`] };
    const rel = plan.me.relations[t.guest] ?? 0;
    const pull = seen.actors[t.guest]?.influence[plan.actor] ?? 0;
    const rival = rivalOf(plan, t.guest);
    const rivalPull = rival && seen.actors[rival] ? seen.actors[rival].influence[plan.actor] ?? 0 : 0;
    const treaty = guarantees(plan, t.guest, plan.commander);
    if (rival && !treaty && rivalPull > pull) return { answer: 'reject', why: [`${name(plan, rival)}'s influence over us (${rivalPull}) outweighs ${name(plan, t.guest)}'s (${pull}): a base would tip the balance between them`] };
    const atWarNow = plan.enemies.length > 0;
    if (treaty && rel >= 0) return { answer: 'accept', why: [`${name(plan, t.guest)} is bound by our defence treaty: its troops at ${name(plan, t.region)} stand between ${atWarNow ? 'the war' : 'any new fighting'} and our own land`] };
    if (atWarNow && rel >= 50) return { answer: 'accept', why: [`${name(plan, t.guest)} (relations ${rel}, influence ${pull}) is our closest backer: its forces at ${name(plan, t.region)} guard us while we fight`] };
    if (!atWarNow && rel >= 50 && pull >= 50) return { answer: 'accept', why: [`${name(plan, t.guest)} is our patron (relations ${rel}, influence ${pull})`] };
    return { answer: 'reject', why: [`we want no foreign base at ${name(plan, t.region)} (relations with ${name(plan, t.guest)} ${rel})`] };
  }
  if (t.guest === plan.actor) {
    if (hostile(plan, t.host)) return { answer: 'reject', why: [`${name(plan, t.host)} is at war with us`] };
    if (!region) return { answer: 'reject', why: [`there is no ${t.region}`] };
    const covered = seen.treaties.some((x) => x.kind === 'defence' && x.beneficiary === t.host && x.parties.includes(plan.actor) && (x.covers ?? []).includes(region.zone));
    if (covered) return { answer: 'accept', why: [`our defence treaty with ${name(plan, t.host)} covers ${name(plan, t.region)}: troops there deter an attack on it`] };
    const front = region.neighbours.some((n) => {
      const c = seen.regions[n].controller;
      return c !== null && (atWar(seen, t.host, c) || atWar(seen, seen.actors[t.host]?.commandedBy ?? t.host, c));
    });
    if (front && plan.enemies.length === 0) return { answer: 'reject', why: [`${name(plan, t.region)} is on the front line: troops there would draw us into the war`] };
    const rel = plan.me.relations[t.host] ?? 0;
    return rel >= 30 ? { answer: 'accept', why: [`relations with ${name(plan, t.host)} are ${rel}`] } : { answer: 'reject', why: [`relations with ${name(plan, t.host)} are only ${rel}`] };
  }
  return byRelations(plan, p);
}

/** Summits, mediation, arms deals, transit and basing (ceasefires and settlements: diplomacy.ts). */
export function answerOther(plan: Plan, p: Proposal): Reply {
  if (atWar(plan.seen, plan.actor, p.from)) return { answer: 'reject', why: [`${name(plan, p.from)} is at war with us`] };
  const t = p.terms;
  if (t.kind === 'summit' || t.kind === 'mediation') return { answer: 'accept', why: ['talks cost nothing and raise our standing'] };
  if (t.kind === 'arms-deal') return answerArmsDeal(plan, p, t);
  if (t.kind === 'transit') return answerTransit(plan, p, t);
  if (t.kind === 'basing') return answerBasing(plan, p, t);
  return byRelations(plan, p);
}
