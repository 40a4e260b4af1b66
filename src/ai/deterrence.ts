// A third power's guarantee can hold back an opening offensive: before an aggressive actor opens a
// war on targets a defence treaty covers, it rolls against its resolve, less the guarantee (90), plus
// the backing of its own patron; deterred, it weighs the offensive again a month later.
import { allied, inForce, type ActorId, type RegionId, type Treaty } from '../engine';
import { name, note, type Plan } from './plan';

/** What aggression adds to the chance of opening the war (aggression 80 opens it for certain). */
const RESOLVE = 20;
/** What a guarantee that covers the targets takes off that chance. */
const GUARANTEE = 90;
/** The strongest patron's influence over the actor adds a fifth of itself. */
const BACKING_DIVISOR = 5;
/** Weeks between two weighings of an offensive the guarantee held back. */
const REWEIGH_EVERY = 4;

const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);

/** A defence treaty in force that binds a power outside our side to defend one of the targets on the ground we want. */
function guaranteeOver(plan: Plan, targets: readonly ActorId[], wanted: readonly RegionId[]): Treaty | null {
  const { seen } = plan;
  const zones = new Set(wanted.map((r) => seen.regions[r]?.zone));
  for (const t of seen.treaties) {
    if (t.kind !== 'defence' || !t.beneficiary || !inForce(seen, t)) continue;
    const beneficiary = t.beneficiary;
    if (!targets.some((x) => allied(seen, x, beneficiary))) continue;
    if (!t.parties.some((p) => p !== beneficiary && !allied(seen, p, plan.actor))) continue;
    if ((t.covers ?? []).some((z) => zones.has(z))) return t;
  }
  return null;
}

/**
 * Does a guarantee hold the offensive back this week? Without a guarantee covering the targets,
 * never (and no dice are rolled). With one, a roll against aggression + 20 − 90 + the strongest
 * patron's influence / 5, within 5–95, on the first week the offensive is due and every fourth
 * week after; the reasons are noted either way.
 */
export function deterred(plan: Plan, targets: readonly ActorId[], due: number): boolean {
  const { seen } = plan;
  const wanted = plan.doctrine.priorities.filter((r) => {
    const c = seen.regions[r]?.controller;
    return c !== null && c !== undefined && !allied(seen, plan.actor, c);
  });
  const t = guaranteeOver(plan, targets, wanted);
  if (!t) return false;
  const weeks = plan.view.turn - due;
  if (weeks % REWEIGH_EVERY !== 0) {
    note(plan, `we hold back the offensive: ${treatyName(plan, t)} binds ${guarantors(plan, t)} to defend the ground we want (weighed again in ${REWEIGH_EVERY - (weeks % REWEIGH_EVERY)} weeks)`);
    return true;
  }
  let patron: ActorId | null = null;
  for (const id of seen.actorOrder) {
    if (id === plan.actor) continue;
    const inf = seen.actors[id].influence[plan.actor] ?? 0;
    if (patron === null || inf > (seen.actors[patron].influence[plan.actor] ?? 0)) patron = id;
  }
  const backing = patron === null ? 0 : Math.floor((seen.actors[patron].influence[plan.actor] ?? 0) / BACKING_DIVISOR);
  const chance = clamp(plan.doctrine.aggression + RESOLVE - GUARANTEE + backing, 5, 95);
  const roll = plan.dice.roll(100);
  const mods = `aggression ${plan.doctrine.aggression} + ${RESOLVE}, guarantee −${GUARANTEE}${patron ? `, ${name(plan, patron)}'s backing +${backing}` : ''}`;
  if (roll <= chance) {
    note(plan, `we open the offensive despite ${treatyName(plan, t)}: roll ${roll} ≤ ${chance} (${mods})`);
    return false;
  }
  note(plan, `deterred: ${treatyName(plan, t)} covers the ground we want; roll ${roll} > ${chance} (${mods}), weighed again in ${REWEIGH_EVERY} weeks`);
  return true;
}

function treatyName(plan: Plan, t: Treaty): string {
  return `${guarantors(plan, t)}'s defence treaty with ${name(plan, t.beneficiary ?? t.parties[0])}`;
}

function guarantors(plan: Plan, t: Treaty): string {
  return t.parties.filter((p) => p !== t.beneficiary).map((p) => name(plan, p)).join(' and ');
}
