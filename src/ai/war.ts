// Fighting by doctrine: attack toward the priorities when the odds suit the actor's risk, and
// soften targets with drones and guns. Reserves and moves up to the front are in deploy.ts.
import { explainAttack, FORCE_TYPES, type Aim, type Forces, type Order, type RegionId, groundStrength, DRONE_RANGE, allied, withinSteps, keyed } from '../engine';
import { give, isEnemy, name, truceBinds, type Plan } from './plan';

type AttackOrder = Extract<Order, { kind: 'attack' }>;

export interface AttackOption {
  readonly order: AttackOrder;
  readonly chance: number;
  readonly value: number;
  /** Expected gain less expected loss, in the actor's own units. */
  readonly score: number;
  readonly breaksCeasefire: boolean;
  readonly reason: string;
}

const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);

/** The lowest odds the actor accepts for an attack: bolder with aggression and risk. */
export function minChance(plan: Plan): number {
  const base = 75 - Math.floor((plan.doctrine.aggression * 2) / 5) - Math.floor((plan.doctrine.risk * 3) / 10);
  return clamp(base + (airSuperiority(plan) ? 0 : AIR_CAUTION), 20, 85);
}

/** How much more an attacker demands of its odds without command of the air. */
const AIR_CAUTION = 15;

/**
 * Does the actor command the air: its drones, as estimated, outmatch all the enemy air
 * defence it can see? An offensive without that edge advances more carefully, on a narrower front.
 */
function airSuperiority(plan: Plan): boolean {
  const { seen } = plan;
  let drones = 0;
  let ad = 0;
  // Index loops over the frozen order lists here and below (see seenForces in engine/view.ts).
  for (let i = 0; i < seen.actorOrder.length; i++) {
    const id = seen.actorOrder[i];
    const mine = allied(seen, id, plan.actor);
    if (!mine && !plan.enemySet.has(id)) continue;
    for (const r of Object.keys(seen.actors[id].forces)) {
      const f = seen.actors[id].forces[r];
      if (mine) drones += f.drones;
      else ad += f.airDefence;
    }
  }
  return drones > 0 && drones * seen.rules.drones.adPerDrone > ad;
}

/** How much the actor (and its commander) wants to hold a region. */
export function regionWorth(plan: Plan, region: RegionId): number {
  const r = plan.seen.regions[region];
  let w = r.value;
  const pri = plan.doctrine.priorities.indexOf(region);
  if (pri >= 0) w += 4 * (plan.doctrine.priorities.length - pri) + 6;
  w += aimPoints(plan.seen.actors[plan.actor].aims, region);
  if (plan.commander !== plan.actor) w += aimPoints(plan.seen.actors[plan.commander].aims, region);
  return w;
}

/** Points of the aims that turn on who holds a region. (Index loops: aims are frozen; see seenForces.) */
function aimPoints(aims: readonly Aim[], region: RegionId): number {
  let w = 0;
  for (let i = 0; i < aims.length; i++) {
    const c = aims[i].condition;
    if ((c.kind === 'controls' || c.kind === 'not-controlled-by') && c.region === region) w += aims[i].points;
  }
  return w;
}

/** Zones the actor will not fight in: its own aims forbid it, or a defence treaty there would bring in a great power. */
export function offLimits(plan: Plan, region: RegionId): string | null {
  const r = plan.seen.regions[region];
  const aims = plan.seen.actors[plan.commander].aims;
  for (let i = 0; i < aims.length; i++) {
    const c = aims[i].condition;
    if (c.kind === 'no-war-on-zone' && c.zone === r.zone) return `${name(plan, region)} is ${r.zone} territory; fighting there costs our own aim "${aims[i].text}"`;
  }
  if (plan.doctrine.aggression < 50 && r.zone !== 'nkao' && r.zone !== 'district' && r.controller !== null && r.sovereign === r.controller && !plan.doctrine.priorities.includes(region)) {
    return `${name(plan, region)} is ${name(plan, r.sovereign)}'s own land and we fight only to defend`;
  }
  const treaties = plan.seen.treaties;
  for (let i = 0; i < treaties.length; i++) {
    const t = treaties[i];
    if (t.kind !== 'defence' || !t.beneficiary || !(t.covers ?? []).includes(r.zone)) continue;
    if (r.controller === null || !allied(plan.seen, r.controller, t.beneficiary)) continue;
    const guarantors = t.parties.filter((p) => p !== t.beneficiary && !isEnemy(plan, p));
    if (guarantors.length === 0) continue;
    // Priorities outweigh the risk of a guarantor joining only for a bold actor.
    if (plan.doctrine.priorities.includes(region) || (plan.doctrine.risk >= 50 && r.zone !== 'armenia')) continue;
    return `${name(plan, region)} is covered by ${t.parties.map((p) => name(plan, p)).join('–')} defence treaty`;
  }
  return null;
}

export function movable(f: Forces | undefined): Partial<Forces> {
  const out: Partial<Forces> = {};
  if (!f) return out;
  for (const t of FORCE_TYPES) if (t !== 'peacekeepers' && f[t] > 0) out[t] = f[t];
  return out;
}

/** Enemy ground strength next to a region, as the actor estimates it. */
export function threatTo(plan: Plan, region: RegionId): number {
  let s = 0;
  const neighbours = plan.seen.regions[region].neighbours;
  for (let i = 0; i < neighbours.length; i++) if (isEnemy(plan, plan.seen.regions[neighbours[i]].controller)) s += plan.enemyGround[neighbours[i]] ?? 0;
  return s;
}

/** What to send from a region: everything, less a garrison where the enemy could walk in. */
function attackForces(plan: Plan, from: RegionId, target: RegionId): Partial<Forces> {
  const f = movable(plan.me.forces[from]);
  const otherThreat = plan.seen.regions[from].neighbours.some((n) => n !== target && isEnemy(plan, plan.seen.regions[n].controller) && threatAt(plan, n) > 0);
  if (otherThreat && (f.infantry ?? 0) >= 2) f.infantry = (f.infantry ?? 0) - Math.max(1, Math.floor((f.infantry ?? 0) / 4));
  return f;
}

function threatAt(plan: Plan, region: RegionId): number {
  return plan.enemyGround[region] ?? 0;
}

/**
 * An offensive follows the actor's priorities in order: only the first few it does not yet hold
 * are targets (undefended ground may be taken anywhere). Null when the actor has no list.
 */
function campaignAxis(plan: Plan): RegionId[] | null {
  if (plan.doctrine.priorities.length === 0) return null;
  const unmet = plan.doctrine.priorities.filter((r) => {
    const c = plan.seen.regions[r]?.controller;
    return c !== null && c !== undefined && isEnemy(plan, c);
  });
  const width = Math.max(1, Math.floor(plan.doctrine.aggression / 40) + (airSuperiority(plan) ? 1 : 0));
  return unmet.slice(0, width);
}

/** Every attack the actor could make this turn, one per source and target, with its odds and worth. */
export function attackOptions(plan: Plan): AttackOption[] {
  const out: AttackOption[] = [];
  const { seen, actor } = plan;
  const axis = campaignAxis(plan);
  for (const from of Object.keys(plan.me.forces).sort()) {
    if (groundStrength(plan.me.forces[from]) === 0) continue;
    const neighbours = seen.regions[from].neighbours;
    for (let i = 0; i < neighbours.length; i++) {
      const target = neighbours[i];
      const holder = seen.regions[target].controller;
      if (!isEnemy(plan, holder) || offLimits(plan, target)) continue;
      if (axis !== null && !axis.includes(target) && threatAt(plan, target) > 0) continue;
      const forces = attackForces(plan, from, target);
      if (groundStrength(forces) === 0) continue;
      const order: AttackOrder = { kind: 'attack', from, target, forces };
      const odds = explainAttack(seen, actor, order);
      const value = regionWorth(plan, target);
      const stake = groundStrength(forces);
      const lossCost = Math.floor((stake * (100 - plan.doctrine.risk)) / 100);
      const score = Math.floor((odds.chancePct * value - (100 - odds.chancePct) * lossCost) / 10);
      const breaks = truceBinds(plan, holder);
      out.push({
        order,
        chance: odds.chancePct,
        value,
        score,
        breaksCeasefire: breaks,
        reason: `attack ${name(plan, target)} from ${name(plan, from)}: ${odds.chancePct}% by our estimate (${odds.attackerStrength} against about ${odds.defenderStrength}${odds.duel ? `, ${odds.duel.drones} drones against about ${odds.duel.airDefence} air defence` : ''}), worth ${value} to us`,
      });
    }
  }
  return out.sort((a, b) => b.score - a.score || (a.order.target < b.order.target ? -1 : a.order.target > b.order.target ? 1 : a.order.from < b.order.from ? -1 : 1));
}

/** Will the actor fight through a ceasefire this turn? Decided once per turn with its own dice. */
export function breaksTruce(plan: Plan): { yes: boolean; why: string } {
  const unmet = plan.doctrine.priorities.filter((r) => {
    const c = plan.seen.regions[r]?.controller;
    return c === null || c === undefined || !allied(plan.seen, plan.actor, c);
  });
  const chance = clamp(plan.doctrine.aggression - 25, 0, 90);
  if (unmet.length === 0 || chance === 0) return { yes: false, why: 'we keep the ceasefire: nothing we want is left to take by force' };
  const roll = plan.dice.roll(100);
  return roll <= chance
    ? { yes: true, why: `we fight through the ceasefire: ${unmet.length} of our priorities are still in enemy hands (roll ${roll} ≤ ${chance} for our aggression ${plan.doctrine.aggression})` }
    : { yes: false, why: `we keep the ceasefire this week (roll ${roll} > ${chance})` };
}

/** The greedy choice: the best attacks, one per source and target, within the budget. */
export function greedyAttacks(plan: Plan, options: readonly AttackOption[], floor: number, fightThroughTruce: boolean, limit = Infinity): AttackOption[] {
  const out: AttackOption[] = [];
  const used = new Set<string>();
  let ap = plan.ap;
  let money = plan.money;
  const cost = plan.seen.rules.orderCost.attack;
  for (const o of options) {
    if (out.length >= limit) break;
    if (o.chance < floor || o.score <= 0) continue;
    if (o.breaksCeasefire && !fightThroughTruce) continue;
    if (used.has(`from:${o.order.from}`) || used.has(`to:${o.order.target}`)) continue;
    if (ap < cost.ap || money < cost.money) break;
    ap -= cost.ap;
    money -= cost.money;
    used.add(`from:${o.order.from}`);
    used.add(`to:${o.order.target}`);
    out.push(o);
  }
  return out;
}

/** Drone and gun strikes from forces not attacking: first on this turn's targets, then on the strongest enemy nearby. */
export function planStrikes(plan: Plan, attacks: readonly AttackOption[], fightThroughTruce: boolean, most: number): void {
  const { seen } = plan;
  let left = most;
  const sources = new Set(attacks.map((a) => a.order.from));
  // A set, not the list map() makes: V8 deoptimised this function each time it met the other kind
  // of list (empty or not), and recompiling it cost more than the search.
  const targets = new Set(attacks.map((a) => a.order.target));
  for (const from of Object.keys(plan.me.forces).sort()) {
    for (const weapon of ['drones', 'artillery'] as const) {
      if ((plan.me.forces[from][weapon] ?? 0) <= 0) continue;
      if (weapon === 'artillery' && sources.has(from)) continue;
      if (weapon === 'drones' && sources.has(from)) continue;
      const reach = withinSteps(seen, from, weapon === 'drones' ? DRONE_RANGE : 1).filter((r) => {
        const c = seen.regions[r].controller;
        if (!isEnemy(plan, c) || offLimits(plan, r)) return false;
        return fightThroughTruce || !truceBinds(plan, c);
      });
      if (reach.length === 0) continue;
      const weights = keyed<number>();
      for (const r of reach) {
        let w = targets.has(r) ? 100 : 0;
        for (let i = 0; i < seen.actorOrder.length; i++) {
          const id = seen.actorOrder[i];
          if (!isEnemy(plan, id)) continue;
          const f = seen.actors[id].forces[r];
          if (f) w += weapon === 'drones' ? f.airDefence * 3 + f.armour * 2 : f.artillery * 2 + f.infantry;
        }
        weights[r] = w;
      }
      // The heaviest target, the first by name among equals.
      let target = reach[0];
      for (let i = 1; i < reach.length; i++) if (weights[reach[i]] > weights[target] || (weights[reach[i]] === weights[target] && reach[i] < target)) target = reach[i];
      if (weights[target] === 0 || left <= 0) continue;
      if (give(plan, { kind: 'strike', from, target, weapon, aim: 'forces' }, `${weapon} strike on ${name(plan, target)} from ${name(plan, from)}${targets.has(target) ? ', to soften it before our attack' : ', to wear down the enemy there'}`)) left -= 1;
    }
  }
}
