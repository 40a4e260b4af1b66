// Where forces go when they are not attacking: reserves called up where they are needed most,
// idle forces brought up to the front, threatened front regions reinforced from quieter ones.
import { type Forces, type RegionId, groundStrength, totalStrength, MOBILISE_MAX, allied, friendly, keyed } from '../engine';
import { give, isEnemy, name, type Plan } from './plan';
import { movable, offLimits, regionWorth, threatTo, type AttackOption } from './war';

/** Call up reserves where they are needed most: the attack's springboard, or the most threatened line. */
export function planMobilise(plan: Plan, attacks: readonly AttackOption[]): void {
  const reserves = plan.me.reserves;
  if (reserves <= 0) return;
  const { seen } = plan;
  const mine = seen.regionOrder.filter((r) => seen.regions[r].controller === plan.actor);
  if (mine.length === 0) return;
  const need = (r: RegionId): number => threatTo(plan, r) * 2 + (attacks.some((a) => a.order.from === r) ? 20 : 0) + Math.floor(regionWorth(plan, r) / 2) - groundStrength(plan.me.forces[r]);
  const ranked = mine.filter((r) => threatTo(plan, r) > 0 || attacks.some((a) => a.order.from === r)).sort((a, b) => need(b) - need(a) || (a < b ? -1 : 1));
  const enemyDrones = ranked.length > 0 ? ranked.slice(0, 1).reduce((s, r) => s + seen.regions[r].neighbours.reduce((t, n) => t + seen.actorOrder.reduce((u, id) => u + (isEnemy(plan, id) ? seen.actors[id].forces[n]?.drones ?? 0 : 0), 0), 0), 0) : 0;
  const perPoint = seen.rules.mobiliseCostPerPoint;
  const rounds = plan.doctrine.aggression >= 50 ? 2 : 1 + (plan.view.history.length > 0 ? 1 : 0);
  for (let i = 0; i < rounds && i < ranked.length; i++) {
    const region = ranked[i];
    const left = plan.me.reserves - plan.orders.reduce((s, o) => s + (o.kind === 'mobilise' ? o.amount : 0), 0);
    const amount = Math.min(MOBILISE_MAX, left, Math.floor(plan.money / perPoint));
    if (amount <= 0) return;
    const ad = plan.me.forces[region]?.airDefence ?? 0;
    const force = enemyDrones * 2 > ad + 2 && attacks.length === 0 ? 'airDefence' : 'armour';
    give(plan, { kind: 'mobilise', region, force, amount }, `mobilise ${amount} ${force} in ${name(plan, region)}: ${attacks.some((a) => a.order.from === region) ? 'the springboard of our attack' : `about ${threatTo(plan, region)} enemy strength next to it`}`);
  }
}

/** Steps from each of the actor's regions to the nearest front region (0 on the front). */
function distanceToFront(plan: Plan, fronts: readonly RegionId[]): Record<RegionId, number> {
  const { seen } = plan;
  const dist = keyed<number>();
  let frontier = [...fronts];
  for (const f of fronts) dist[f] = 0;
  let d = 0;
  while (frontier.length > 0) {
    d += 1;
    const next: RegionId[] = [];
    for (const r of frontier) {
      const neighbours = seen.regions[r].neighbours;
      for (let i = 0; i < neighbours.length; i++) {
        const n = neighbours[i];
        const c = seen.regions[n].controller;
        if (dist[n] !== undefined || c === null || !friendly(seen, plan.actor, c)) continue;
        dist[n] = d;
        next.push(n);
      }
    }
    frontier = next.sort();
  }
  return dist;
}

/** Bring idle forces forward: from quiet regions one step toward the most valuable front. */
export function planMoves(plan: Plan, attacks: readonly AttackOption[]): void {
  const { seen } = plan;
  const fronts = seen.regionOrder.filter((r) => {
    const c = seen.regions[r].controller;
    return c !== null && friendly(seen, plan.actor, c) && seen.regions[r].neighbours.some((n) => isEnemy(plan, seen.regions[n].controller) && !offLimits(plan, n));
  });
  if (fronts.length === 0) return;
  const dist = distanceToFront(plan, fronts);
  const used = new Set(attacks.map((a) => a.order.from));
  const frontWorth = (r: RegionId): number => threatTo(plan, r) + seen.regions[r].neighbours.reduce((s, n) => s + (isEnemy(plan, seen.regions[n].controller) ? regionWorth(plan, n) : 0), 0);
  const sources = Object.keys(plan.me.forces)
    .filter((r) => !used.has(r) && (dist[r] ?? 0) > 0 && totalStrength(movable(plan.me.forces[r])) > 0 && threatTo(plan, r) === 0)
    .sort((a, b) => totalStrength(plan.me.forces[b]) - totalStrength(plan.me.forces[a]) || (a < b ? -1 : 1));
  for (const from of sources) {
    const steps = seen.regions[from].neighbours.filter((n) => dist[n] !== undefined && dist[n] < dist[from]);
    if (steps.length === 0) continue;
    const to = steps.sort((a, b) => (dist[a] === 0 && dist[b] === 0 ? frontWorth(b) - frontWorth(a) : dist[a] - dist[b]) || (a < b ? -1 : 1))[0];
    const keep: Partial<Forces> = movable(plan.me.forces[from]);
    const cautious = plan.doctrine.aggression < 50 && dist[from] === 1;
    if (cautious && (plan.doctrine.priorities.includes(from) || plan.doctrine.wontCede.includes(from))) continue;
    if (cautious) for (const t of Object.keys(keep) as (keyof Forces)[]) keep[t] = Math.floor((keep[t] ?? 0) / 2);
    // A capital keeps its air defence and a token garrison.
    if (seen.regions[from].infrastructure.includes('capital')) {
      delete keep.airDefence;
      if ((keep.infantry ?? 0) > 1) keep.infantry = (keep.infantry ?? 0) - Math.max(1, Math.floor((keep.infantry ?? 0) / 2));
      else delete keep.infantry;
    }
    if (totalStrength(keep) === 0) continue;
    give(plan, { kind: 'move', from, to, forces: keep }, `move ${totalStrength(keep)} strength from ${name(plan, from)} toward the front at ${name(plan, to)}`);
  }
}

/** Reinforce the most threatened valuable front region from a quieter neighbour. */
export function planReinforce(plan: Plan, attacks: readonly AttackOption[]): void {
  const { seen } = plan;
  const used = new Set(attacks.map((a) => a.order.from));
  const mine = Object.keys(plan.me.forces).filter((r) => seen.regions[r].controller !== null && allied(seen, plan.actor, seen.regions[r].controller));
  const danger = (r: RegionId): number => (threatTo(plan, r) - groundStrength(plan.me.forces[r])) * regionWorth(plan, r);
  const threatened = seen.regionOrder
    .filter((r) => {
      const c = seen.regions[r].controller;
      return c !== null && allied(seen, plan.actor, c) && threatTo(plan, r) > 0;
    })
    .sort((a, b) => danger(b) - danger(a) || (a < b ? -1 : 1));
  for (const r of threatened.slice(0, 2)) {
    if (danger(r) <= 0) continue;
    const donors = seen.regions[r].neighbours.filter((n) => mine.includes(n) && !used.has(n) && threatTo(plan, n) * 2 < threatTo(plan, r) && groundStrength(plan.me.forces[n]) > 0 && regionWorth(plan, n) <= regionWorth(plan, r));
    for (const from of donors.sort()) {
      const f = movable(plan.me.forces[from]);
      if ((f.infantry ?? 0) > 1 && threatTo(plan, from) > 0) f.infantry = Math.ceil((f.infantry ?? 0) / 2);
      if (totalStrength(f) === 0) continue;
      if (give(plan, { kind: 'move', from, to: r, forces: f }, `reinforce ${name(plan, r)} from ${name(plan, from)}: about ${threatTo(plan, r)} enemy strength faces it`)) used.add(from);
    }
  }
}
