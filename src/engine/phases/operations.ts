// Phase 5, operations: strikes, then ground attacks, then movement. Each fight is a seeded
// roll against a threshold built from named modifiers, all of which go into the log.
import { actorName, actorOrderOf, regionName, rulesOf } from '../board';
import { applyLossPct, fullForces, groundStrength, totalStrength } from '../forces';
import type { Dice } from '../rng';
import { allied, atWar, ceasefireBetween, declareWar } from '../sides';
import { adjust, note } from '../stats';
import { FORCE_TYPES, type ActorId, type Forces, type GameState, type Order, type OrderResult, type RegionId } from '../types';
import { attackModifiers, defendersOf, duelOdds, sumForces, thresholdOf, type Defender } from './combat';
import { withDice, type TurnContext } from './context';

type OrderOf<K extends Order['kind']> = Extract<Order, { kind: K }>;

function nameOf(state: GameState, id: ActorId | null): string {
  return id === null ? 'no one' : actorName(state, id);
}

function result(state: GameState, ctx: TurnContext, actor: ActorId, order: Order, res: OrderResult, text: string): void {
  // Movements behind one's own lines, holds and orders that came to nothing are seen only by their side.
  const secret = order.kind === 'move' || order.kind === 'hold' || res === 'void';
  const side = actorOrderOf(state).filter((id) => allied(state, id, actor));
  note(ctx.log, { kind: 'order', actor, order, result: res, text, cause: `order of ${nameOf(state, actor)}`, ...(secret ? { visibleTo: side } : {}) });
}

/** Losses of an attacking force fall on the units that attacked, not on those left behind. */
function loseCommitted(state: GameState, ctx: TurnContext, actor: ActorId, region: RegionId, committed: Partial<Forces>, pct: number): number {
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

function lose(state: GameState, ctx: TurnContext, actor: ActorId, region: RegionId, pct: number): number {
  const f = state.actors[actor].forces[region];
  if (!f) return 0;
  const lost = applyLossPct(f, pct);
  tally(state, ctx, actor, lost);
  if (totalStrength(f) === 0) delete state.actors[actor].forces[region];
  return lost;
}

function tally(state: GameState, ctx: TurnContext, actor: ActorId, points: number): void {
  if (points <= 0) return;
  ctx.losses[actor] = (ctx.losses[actor] ?? 0) + points;
  state.actors[actor].casualties.military += points * rulesOf(state).combat.casualtiesPerPoint;
}

function removeType(state: GameState, ctx: TurnContext, ds: readonly Defender[], key: keyof Forces, n: number): number {
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
function ensureWar(state: GameState, ctx: TurnContext, actor: ActorId, victim: ActorId | null): void {
  if (victim === null || allied(state, actor, victim) || atWar(state, actor, victim)) return;
  declareWar(state, actor, victim);
  note(ctx.log, {
    kind: 'decision',
    actor,
    reasons: [`${nameOf(state, actor)} opened hostilities against ${nameOf(state, victim)}.`],
    text: `${nameOf(state, actor)} is now at war with ${nameOf(state, victim)}.`,
    cause: 'attack on a party not at war',
  });
  adjust(state, ctx.log, actor, 'legitimacy', -rulesOf(state).breachLegitimacy, `opened a war on ${nameOf(state, victim)}`);
}

function recordHit(state: GameState, ctx: TurnContext, actor: ActorId, region: RegionId): void {
  const victim = state.regions[region].controller;
  ctx.hits.push({ actor, region, victim });
  if (victim === null) return;
  const cf = ceasefireBetween(state, actor, victim);
  if (cf && !ctx.breaches.some((b) => b.actor === actor && b.treaty === cf.id)) ctx.breaches.push({ actor, against: victim, treaty: cf.id });
}

/** The drone duel: drones against the air defence they meet. Returns whether the drones won. */
function duel(state: GameState, ctx: TurnContext, dice: Dice, actor: ActorId, from: RegionId, region: RegionId, drones: number, defenders: Defender[]): boolean {
  const ad = sumForces(defenders, 'airDefence');
  const odds = duelOdds(state, drones, ad);
  const roll = dice.roll(100);
  const won = ad === 0 || roll <= odds.threshold;
  const rules = rulesOf(state).drones;
  const kill = Math.ceil((drones * rules.killPct) / 100);
  let adLost = 0;
  let armourLost = 0;
  let dronesLost: number;
  if (won) {
    adLost = removeType(state, ctx, defenders, 'airDefence', kill);
    armourLost = removeType(state, ctx, defenders, 'armour', kill);
    dronesLost = Math.min(drones, Math.floor((drones * rules.lossPctPerAd * ad) / 200));
  } else {
    armourLost = removeType(state, ctx, defenders, 'armour', Math.floor(drones / 4));
    dronesLost = Math.min(drones, Math.max(1, Math.ceil((drones * rules.lossPctPerAd * ad) / 100)));
  }
  const own = state.actors[actor].forces[from];
  if (own) own.drones = Math.max(0, own.drones - dronesLost);
  if (dronesLost > 0) ctx.downedDrones.push({ actor, count: dronesLost, region });
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
    text: `Drones over ${regionName(state, region)}: ${drones} ${nameOf(state, actor)} drones against ${ad} air defence — roll ${roll} against ${odds.threshold}: ${won ? `drones prevail, destroying ${adLost} air defence and ${armourLost} armour` : 'air defence holds'}; ${dronesLost} drones lost.`,
    cause: `drones of ${nameOf(state, actor)}`,
  });
  return won;
}

function strike(state: GameState, ctx: TurnContext, dice: Dice, actor: ActorId, o: OrderOf<'strike'>): void {
  const own = state.actors[actor].forces[o.from];
  const power = own?.[o.weapon] ?? 0;
  const region = state.regions[o.target];
  if (power <= 0) return result(state, ctx, actor, o, 'void', `${nameOf(state, actor)}'s strike on ${region.name} is void: no ${o.weapon} left in ${regionName(state, o.from)}.`);
  if (region.controller !== null && allied(state, actor, region.controller)) return result(state, ctx, actor, o, 'void', `${nameOf(state, actor)}'s strike on ${region.name} is void: the region is now held by its own side.`);
  ensureWar(state, ctx, actor, region.controller);
  recordHit(state, ctx, actor, o.target);
  const defenders = defendersOf(state, o.target);
  if (o.weapon === 'drones') {
    const won = duel(state, ctx, dice, actor, o.from, o.target, power, defenders);
    if (o.aim === 'city' && won) civilianStrike(state, ctx, actor, o.target, 'drones');
  } else {
    const roll = dice.roll(100);
    const threshold = 40 + Math.min(power, 10) * 3;
    const hit = roll <= threshold;
    if (!ctx.log.quiet) note(ctx.log, { kind: 'roll', purpose: `artillery on ${region.name}`, roll, threshold, success: hit, text: `${nameOf(state, actor)} artillery on ${region.name}: roll ${roll} against ${threshold} — ${hit ? 'on target' : 'little effect'}.`, cause: 'strike order' });
    if (hit) {
      if (o.aim === 'city') civilianStrike(state, ctx, actor, o.target, 'artillery');
      else {
        const n = Math.max(1, Math.floor(power / 3));
        removeType(state, ctx, defenders, 'artillery', n);
        removeType(state, ctx, defenders, 'infantry', n);
      }
    }
  }
  for (const d of defenders) if (totalStrength(d.forces) === 0) delete state.actors[d.actor].forces[o.target];
  result(state, ctx, actor, o, 'struck', `${nameOf(state, actor)} struck ${region.name} with ${o.weapon}.`);
}

function civilianStrike(state: GameState, ctx: TurnContext, actor: ActorId, regionId: RegionId, weapon: string): void {
  const region = state.regions[regionId];
  const victim = region.controller;
  const deaths = rulesOf(state).strike.cityCivilianDeaths + Math.floor(region.population / 100000);
  ctx.civilianStrikes.push({ actor, region: regionId });
  if (victim) {
    state.actors[victim].casualties.civilian += deaths;
    adjust(state, ctx.log, victim, 'domesticSupport', 2, `rallying after the strike on ${region.name}`);
  }
  adjust(state, ctx.log, actor, 'legitimacy', -rulesOf(state).strike.legitimacyCost, `${weapon} strike on ${region.name}, a populated place`);
  note(ctx.log, {
    kind: 'stat',
    actor: victim ?? actor,
    field: 'casualties',
    delta: deaths,
    value: victim ? state.actors[victim].casualties.civilian : deaths,
    text: `${region.name} hit by ${nameOf(state, actor)}: about ${deaths} civilians killed.`,
    cause: `strike by ${nameOf(state, actor)}`,
  });
}

function moveForces(state: GameState, actor: ActorId, from: RegionId, to: RegionId, want: Partial<Forces>): Partial<Forces> {
  const src = state.actors[actor].forces[from];
  const moved: Partial<Forces> = {};
  if (!src) return moved;
  const dst = (state.actors[actor].forces[to] ??= fullForces(undefined));
  for (const t of FORCE_TYPES) {
    const n = Math.min(want[t] ?? 0, src[t]);
    if (n <= 0) continue;
    src[t] -= n;
    dst[t] += n;
    moved[t] = n;
  }
  if (totalStrength(src) === 0) delete state.actors[actor].forces[from];
  return moved;
}

/** The beaten side falls back to a neighbouring region it holds, or is lost. */
function retreat(state: GameState, ctx: TurnContext, region: RegionId, defenders: readonly Defender[]): void {
  for (const d of defenders) {
    const f = state.actors[d.actor].forces[region];
    if (!f) continue;
    const back = state.regions[region].neighbours
      .filter((n) => {
        const c = state.regions[n].controller;
        return c !== null && allied(state, d.actor, c);
      })
      .sort((x, y) => groundStrength(state.actors[d.actor].forces[y]) - groundStrength(state.actors[d.actor].forces[x]) || (x < y ? -1 : 1))[0];
    const keep: Partial<Forces> = {};
    for (const t of FORCE_TYPES) if (t !== 'peacekeepers') keep[t] = f[t];
    if (back) moveForces(state, d.actor, region, back, keep);
    else {
      tally(state, ctx, d.actor, totalStrength(keep));
      delete state.actors[d.actor].forces[region];
    }
  }
}

function capture(state: GameState, ctx: TurnContext, region: RegionId, to: ActorId): void {
  const r = state.regions[region];
  const from = r.controller;
  r.controller = to;
  r.capturedTurn = state.turn;
  ctx.captures.push({ region, from, to });
  note(ctx.log, { kind: 'capture', region, from, to, text: `${nameOf(state, to)} takes ${r.name}${from ? ` from ${nameOf(state, from)}` : ''}.`, cause: 'ground attack' });
}

function attack(state: GameState, ctx: TurnContext, dice: Dice, actor: ActorId, o: OrderOf<'attack'>): void {
  const target = state.regions[o.target];
  const own = state.actors[actor].forces[o.from];
  const forces: Partial<Forces> = {};
  for (const t of FORCE_TYPES) forces[t] = Math.min(o.forces[t] ?? 0, own?.[t] ?? 0);
  if (groundStrength(forces) === 0) return result(state, ctx, actor, o, 'void', `${nameOf(state, actor)}'s attack on ${target.name} is void: its forces in ${regionName(state, o.from)} are gone.`);
  if (target.controller !== null && allied(state, actor, target.controller)) return result(state, ctx, actor, o, 'void', `${nameOf(state, actor)}'s attack on ${target.name} is void: the region is already held by its side.`);
  ensureWar(state, ctx, actor, target.controller);
  recordHit(state, ctx, actor, o.target);
  const defenders = defendersOf(state, o.target);
  let droneWon: boolean | null = null;
  if ((forces.drones ?? 0) > 0 && defenders.length > 0) {
    droneWon = duel(state, ctx, dice, actor, o.from, o.target, forces.drones ?? 0, defenders);
    forces.drones = Math.min(forces.drones ?? 0, own?.drones ?? 0);
  }
  const { mods, a, d } = attackModifiers(state, actor, o.from, o.target, forces);
  const defender = target.controller;
  if (d === 0) {
    retreat(state, ctx, o.target, defenders);
    moveForces(state, actor, o.from, o.target, forces);
    capture(state, ctx, o.target, actor);
    return result(state, ctx, actor, o, 'captured', `${nameOf(state, actor)} entered ${target.name} unopposed.`);
  }
  if (droneWon) mods.push({ name: 'drones won the duel over air defence', value: duelOdds(state, forces.drones ?? 0, 0).bonus });
  const threshold = thresholdOf(mods);
  const roll = dice.roll(100);
  const success = roll <= threshold;
  const rules = rulesOf(state).combat;
  const attackerLosses = loseCommitted(state, ctx, actor, o.from, forces, success ? rules.winnerLossPct : rules.attackerLossPct);
  let defenderLosses = 0;
  for (const dd of defenders) defenderLosses += lose(state, ctx, dd.actor, o.target, success ? rules.defenderLossPct : rules.winnerLossPct);
  note(ctx.log, {
    kind: 'combat',
    attacker: actor,
    defender: defender ?? actor,
    region: o.target,
    roll,
    threshold,
    modifiers: mods,
    success,
    attackerLosses,
    defenderLosses,
    text: `${nameOf(state, actor)} attacks ${target.name} (${a} against ${d}): roll ${roll} against ${threshold} — ${success ? 'the line breaks' : 'repelled'}. Losses: attacker ${attackerLosses}, defender ${defenderLosses}. [${mods.map((m) => `${m.name} ${m.value >= 0 ? '+' : ''}${m.value}`).join(', ')}]`,
    cause: `attack order of ${nameOf(state, actor)}`,
  });
  if (!success) return result(state, ctx, actor, o, 'repelled', `${nameOf(state, actor)}'s attack on ${target.name} was repelled.`);
  retreat(state, ctx, o.target, defendersOf(state, o.target));
  const left = state.actors[actor].forces[o.from];
  const advance: Partial<Forces> = {};
  for (const t of FORCE_TYPES) advance[t] = Math.min(forces[t] ?? 0, left?.[t] ?? 0);
  moveForces(state, actor, o.from, o.target, advance);
  capture(state, ctx, o.target, actor);
  result(state, ctx, actor, o, 'captured', `${nameOf(state, actor)} took ${target.name}.`);
}

function move(state: GameState, ctx: TurnContext, actor: ActorId, o: OrderOf<'move'>): void {
  const to = state.regions[o.to];
  if (to.controller === null || !allied(state, actor, to.controller)) {
    return result(state, ctx, actor, o, 'void', `${nameOf(state, actor)}'s move to ${to.name} is void: the region changed hands.`);
  }
  const moved = moveForces(state, actor, o.from, o.to, o.forces);
  if (totalStrength(moved) === 0) return result(state, ctx, actor, o, 'void', `${nameOf(state, actor)}'s move to ${to.name} is void: nothing left to move.`);
  result(state, ctx, actor, o, 'moved', `${nameOf(state, actor)} moved ${totalStrength(moved)} strength from ${regionName(state, o.from)} to ${to.name}.`);
}

function ordersOfKind<K extends Order['kind']>(state: GameState, ctx: TurnContext, kind: K): { actor: ActorId; order: OrderOf<K> }[] {
  const out: { actor: ActorId; order: OrderOf<K> }[] = [];
  for (const actor of actorOrderOf(state)) for (const o of ctx.orders[actor] ?? []) if (o.kind === kind) out.push({ actor, order: o as OrderOf<K> });
  return out;
}

export function operationsPhase(state: GameState, ctx: TurnContext): void {
  withDice(state, (dice) => {
    for (const { actor, order } of ordersOfKind(state, ctx, 'strike')) strike(state, ctx, dice, actor, order);
    for (const { actor, order } of ordersOfKind(state, ctx, 'attack')) attack(state, ctx, dice, actor, order);
  });
  for (const { actor, order } of ordersOfKind(state, ctx, 'move')) move(state, ctx, actor, order);
  for (const { actor, order } of ordersOfKind(state, ctx, 'hold')) result(state, ctx, actor, order, 'held', `${nameOf(state, actor)} holds ${regionName(state, order.region)}.`);
}
