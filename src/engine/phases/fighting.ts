// What every fight of the operations phase does to the state, strikes and ground attacks alike:
// losses fall on forces and are counted as casualties, an order's result goes into the log, and
// a blow against a party not yet at war opens the war, and drones duel the air defence they meet.
import { actorName, counted, regionName } from '../names';
import { applyLossPct, fullForces, totalStrength } from '../forces';
import type { Dice } from '../rng';
import { allied, atWar, ceasefireBetween, declareWar } from '../sides';
import { adjust, note } from '../stats';
import { FORCE_TYPES, type ActorId, type Forces, type GameState, type Order, type OrderResult, type RegionId } from '../types';
import { recordSettlementBreaches } from './binding';
import { duelOdds, sumForces, type Defender } from './combat';
import type { TurnContext } from './context';

export type OrderOf<K extends Order['kind']> = Extract<Order, { kind: K }>;

export function nameOf(state: GameState, id: ActorId | null): string {
  return id === null ? 'no one' : actorName(state, id);
}

export function result(state: GameState, ctx: TurnContext, actor: ActorId, order: Order, res: OrderResult, text: string): void {
  if (ctx.log.quiet) return;
  // Movements behind one's own lines, holds and orders that came to nothing are seen only by their side.
  const secret = order.kind === 'move' || order.kind === 'hold' || res === 'void';
  const side = state.actorOrder.filter((id) => allied(state, id, actor));
  note(ctx.log, { kind: 'order', actor, order, result: res, text, cause: `order of ${nameOf(state, actor)}`, ...(secret ? { visibleTo: side } : {}) });
}

/** Losses of an attacking force fall on the units that attacked, not on those left behind. */
export function loseCommitted(state: GameState, ctx: TurnContext, actor: ActorId, region: RegionId, committed: Partial<Forces>, pct: number): number {
  const f = state.actors[actor].forces[region];
  if (!f) return 0;
  const hit = fullForces(committed);
  for (const t of FORCE_TYPES) hit[t] = Math.min(hit[t], f[t]);
  const before = fullForces(hit);
  const lost = applyLossPct(hit, pct);
  for (const t of FORCE_TYPES) f[t] -= before[t] - hit[t];
  tally(state, ctx, actor, lost);
  if (totalStrength(f) === 0) delete state.actors[actor].forces[region];
  return lost;
}

export function lose(state: GameState, ctx: TurnContext, actor: ActorId, region: RegionId, pct: number): number {
  const f = state.actors[actor].forces[region];
  if (!f) return 0;
  const lost = applyLossPct(f, pct);
  tally(state, ctx, actor, lost);
  if (totalStrength(f) === 0) delete state.actors[actor].forces[region];
  return lost;
}

export function tally(state: GameState, ctx: TurnContext, actor: ActorId, points: number): void {
  if (points <= 0) return;
  ctx.losses[actor] = (ctx.losses[actor] ?? 0) + points;
  state.actors[actor].casualties.military += points * state.rules.combat.casualtiesPerPoint;
}

export function removeType(state: GameState, ctx: TurnContext, ds: readonly Defender[], key: keyof Forces, n: number): number {
  let left = n;
  for (const d of ds) {
    if (left <= 0) break;
    const k = Math.min(left, d.forces[key]);
    d.forces[key] -= k;
    left -= k;
    tally(state, ctx, d.actor, k);
  }
  return n - left;
}

/** Opening a war on someone not at war with you is allowed, and costs standing. */
export function ensureWar(state: GameState, ctx: TurnContext, actor: ActorId, victim: ActorId | null): void {
  if (victim === null || allied(state, actor, victim) || atWar(state, actor, victim)) return;
  declareWar(state, actor, victim);
  note(ctx.log, {
    kind: 'decision',
    actor,
    reasons: [`${nameOf(state, actor)} opened hostilities against ${nameOf(state, victim)}.`],
    text: `${nameOf(state, actor)} is now at war with ${nameOf(state, victim)}.`,
    cause: 'attack on a party not at war',
  });
  adjust(state, ctx.log, actor, 'legitimacy', -state.rules.breachLegitimacy, `opened a war on ${nameOf(state, victim)}`);
}

export function recordHit(state: GameState, ctx: TurnContext, actor: ActorId, region: RegionId): void {
  const victim = state.regions[region].controller;
  ctx.hits.push({ actor, region, victim });
  if (victim === null) return;
  const cf = ceasefireBetween(state, actor, victim);
  if (cf && !ctx.breaches.some((b) => b.actor === actor && b.treaty === cf.id)) ctx.breaches.push({ actor, against: victim, treaty: cf.id });
  recordSettlementBreaches(state, ctx, actor, region);
}

/** The drone duel: drones against the air defence they meet. Returns whether the drones won. */
export function duel(state: GameState, ctx: TurnContext, dice: Dice, actor: ActorId, from: RegionId, region: RegionId, drones: number, defenders: Defender[]): boolean {
  const ad = sumForces(defenders, 'airDefence');
  const odds = duelOdds(state, drones, ad);
  const roll = dice.roll(100);
  const won = ad === 0 || roll <= odds.threshold;
  const rules = state.rules.drones;
  const kill = Math.ceil((drones * rules.killPct) / 100);
  let adLost = 0;
  let armourLost: number;
  let dronesLost: number;
  if (won) {
    adLost = removeType(state, ctx, defenders, 'airDefence', kill);
    armourLost = removeType(state, ctx, defenders, 'armour', kill);
    dronesLost = Math.min(drones, Math.floor((drones * rules.lossPctPerAd * ad * rules.wonLossPct) / 10000));
  } else {
    armourLost = removeType(state, ctx, defenders, 'armour', Math.floor(drones / rules.dronesPerArmour));
    dronesLost = Math.min(drones, Math.max(1, Math.ceil((drones * rules.lossPctPerAd * ad) / 100)));
  }
  const own = state.actors[actor].forces[from];
  if (own) own.drones = Math.max(0, own.drones - dronesLost);
  if (dronesLost > 0) ctx.downedDrones.push({ actor, count: dronesLost, region });
  if (ctx.log.quiet) return won;
  const defender = state.regions[region].controller;
  note(ctx.log, {
    kind: 'duel',
    attacker: actor,
    defender: defender ?? actor,
    region,
    drones,
    airDefence: ad,
    dronesLost,
    airDefenceLost: adLost,
    armourLost,
    roll,
    threshold: odds.threshold,
    text: `Drones over ${regionName(state, region)}: ${counted(drones, `${nameOf(state, actor)} drone`)} against ${ad} air defence — roll ${roll} against ${odds.threshold}: ${won ? `drones prevail, destroying ${adLost} air defence and ${armourLost} armour` : 'air defence holds'}; ${counted(dronesLost, 'drone')} lost.`,
    cause: `drones of ${nameOf(state, actor)}`,
  });
  return won;
}
