// Asking for a base, by doctrine: a guarantor where the front reaches the land its defence
// treaty covers, a patron at its client's airfield. Answers to basing proposals are in answers.ts.
import { allied, atWar, treatyBetween } from '../engine';
import type { ActorId, RegionId } from '../engine';
import { give, name, type Plan } from './plan';
import { ownProposals } from './support';

/** Weeks of basing rights asked for: a year. */
const BASING_WEEKS = 52;
/** A patron's influence over a client at which it asks for a base there. */
const BASING_PULL = 60;
/** Weekly chances of a basing proposal once its conditions hold: a guarantor whose treaty land the front has reached; a patron. */
const BASING_CHANCE = { guarantor: 35, patron: 15 } as const;
/** How far below the tension limit a patron must be to ask for a base on its rival's doorstep. */
const BASING_TENSION_MARGIN = 20;

/** Infrastructure that makes a region worth basing troops in, best first. */
function basingRank(plan: Plan, r: RegionId): number {
  const inf = plan.seen.regions[r].infrastructure;
  return (inf.includes('corridor') || inf.includes('border-crossing') ? 20 : 0) + (inf.includes('airbase') || inf.includes('base') ? 10 : 0) + plan.seen.regions[r].value;
}

/**
 * Basing rights, by doctrine. A guarantor of a defence treaty asks its beneficiary for a base
 * where the front has reached the land the treaty covers (Russia on Armenia's border once the
 * districts next to it fall): troops there keep the war off that land without joining the fight
 * elsewhere. A patron with a strong hold over a client at war asks for a base at one of the
 * client's own airfields (Turkey at Ganja), while the Russia–Turkey tension leaves room. One
 * proposal at a time, never twice for the same place; returns true when it proposed.
 */
export function proposeBasing(plan: Plan): boolean {
  const { seen, actor } = plan;
  if (plan.ap < 1 || seen.treaties.some((t) => t.kind === 'settlement')) return false;
  const asked = ownProposals(plan, 'basing');
  if (asked.some((x) => x.status === 'pending')) return false;
  const hosts = new Set<ActorId>();
  for (const t of seen.treaties) if (t.kind === 'defence' && t.beneficiary && t.beneficiary !== actor && t.parties.includes(actor)) hosts.add(t.beneficiary);
  for (const host of [...hosts].sort()) {
    const h = seen.actors[host];
    if (!h || h.collapsed || h.background || atWar(seen, actor, host)) continue;
    if (treatyBetween(seen, 'basing', host, actor)) continue;
    const covers = seen.treaties.filter((t) => t.kind === 'defence' && t.beneficiary === host && t.parties.includes(actor)).flatMap((t) => t.covers ?? []);
    const enemyOfHost = (c: ActorId | null): boolean => c !== null && !allied(seen, host, c) && seen.actorOrder.some((id) => allied(seen, id, host) && atWar(seen, id, c));
    const candidates = seen.regionOrder.filter((r) => {
      const reg = seen.regions[r];
      if (reg.controller !== host || reg.sovereign !== host || !covers.includes(reg.zone)) return false;
      if (asked.some((x) => x.terms.region === r)) return false;
      return reg.neighbours.some((n) => seen.regions[n].capturedTurn >= 0 && enemyOfHost(seen.regions[n].controller));
    });
    if (candidates.length === 0) continue;
    const region = [...candidates].sort((a, b) => basingRank(plan, b) - basingRank(plan, a) || (a < b ? -1 : 1))[0];
    const lost = seen.regions[region].neighbours.filter((n) => seen.regions[n].capturedTurn >= 0 && enemyOfHost(seen.regions[n].controller));
    const roll = plan.dice.roll(100);
    if (roll > BASING_CHANCE.guarantor) continue;
    const terms = { kind: 'basing' as const, host, guest: actor, region, turns: BASING_WEEKS };
    return give(plan, { kind: 'propose', to: [host], terms }, `propose basing rights for our troops at ${name(plan, region)} to ${name(plan, host)} for a year: the front has reached ${name(plan, host)}'s own border (${lost.map((r) => name(plan, r)).join(', ')} fell to its enemy), land our defence treaty covers; troops there keep the war off it without drawing us into the fight elsewhere (chance ${BASING_CHANCE.guarantor}, roll ${roll})`);
  }
  if (seen.tension > seen.rules.tensionLimit - BASING_TENSION_MARGIN) return false;
  for (const p of plan.doctrine.patronOf) {
    const host = p.client;
    const h = seen.actors[host];
    if (!h || h.collapsed || h.background || hosts.has(host) || atWar(seen, actor, host) || asked.some((x) => x.terms.host === host)) continue;
    if (!seen.wars.some((w) => w.a === host || w.b === host)) continue;
    const pull = plan.me.influence[host] ?? 0;
    if (pull < BASING_PULL) continue;
    const airfields = seen.regionOrder.filter((r) => {
      const reg = seen.regions[r];
      return reg.controller === host && reg.sovereign === host && reg.capturedTurn < 0 && reg.infrastructure.includes('airbase');
    });
    if (airfields.length === 0) continue;
    const region = airfields[0];
    const roll = plan.dice.roll(100);
    if (roll > BASING_CHANCE.patron) continue;
    const terms = { kind: 'basing' as const, host, guest: actor, region, turns: BASING_WEEKS };
    return give(plan, { kind: 'propose', to: [host], terms }, `propose basing rights for our aircraft at ${name(plan, region)} to ${name(plan, host)} for a year: our influence over ${name(plan, host)} is ${pull}, and a base there guards it while it fights and gives us a lasting say in how the war ends (chance ${BASING_CHANCE.patron}, roll ${roll})`);
  }
  return false;
}
