// Phase 5, operations: strikes (strikes.ts), then ground attacks, then movement. Each fight is a seeded
// roll against a threshold built from named modifiers, all of which go into the log.
import { regionName } from '../names';
import { fullForces, groundStrength, totalStrength } from '../forces';
import type { Dice } from '../rng';
import { friendly } from '../sides';
import { note } from '../stats';
import { FORCE_TYPES, type ActorId, type Forces, type GameState, type Order, type RegionId } from '../types';
import { voidedBySettlement } from './binding';
import { attackModifiers, defendersOf, duelOdds, thresholdOf, type Defender } from './combat';
import { withDice, type TurnContext } from './context';
import { duel, ensureWar, lose, loseCommitted, nameOf, recordHit, result, tally, type OrderOf } from './fighting';
import { asFacilitator, fightOverride, markSince, noteUnusedFightOverrides, setBy } from './inputs';
import { strike } from './strikes';

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
        return c !== null && friendly(state, d.actor, c);
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
  if (!ctx.log.quiet) note(ctx.log, { kind: 'capture', region, from, to, text: `${nameOf(state, to)} takes ${r.name}${from ? ` from ${nameOf(state, from)}` : ''}.`, cause: 'ground attack' });
}

function attack(state: GameState, ctx: TurnContext, dice: Dice, actor: ActorId, o: OrderOf<'attack'>): void {
  const target = state.regions[o.target];
  const own = state.actors[actor].forces[o.from];
  const forces: Partial<Forces> = {};
  for (const t of FORCE_TYPES) forces[t] = Math.min(o.forces[t] ?? 0, own?.[t] ?? 0);
  if (groundStrength(forces) === 0) return result(state, ctx, actor, o, 'void', `${nameOf(state, actor)}'s attack on ${target.name} is void: its forces in ${regionName(state, o.from)} are gone.`);
  if (target.controller !== null && friendly(state, actor, target.controller)) return result(state, ctx, actor, o, 'void', `${nameOf(state, actor)}'s attack on ${target.name} is void: the region is already held by its side.`);
  const bound = voidedBySettlement(state, actor, o.target);
  if (bound) return result(state, ctx, actor, o, 'void', `${nameOf(state, actor)}'s attack on ${target.name} is void: ${bound}.`);
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
  const set = fightOverride(ctx, o.target);
  if (d === 0 && set?.result === 'held') {
    asFacilitator(ctx, 'override', set.reason, () => result(state, ctx, actor, o, 'repelled', `${nameOf(state, actor)} would have entered ${target.name} unopposed; the attack is held. ${setBy(set)}`));
    return;
  }
  if (d === 0) {
    retreat(state, ctx, o.target, defenders);
    moveForces(state, actor, o.from, o.target, forces);
    capture(state, ctx, o.target, actor);
    return result(state, ctx, actor, o, 'captured', `${nameOf(state, actor)} entered ${target.name} unopposed.`);
  }
  const air = droneWon ? duelOdds(state, forces.drones ?? 0, 0) : null;
  const threshold = thresholdOf(state, mods, air?.bonus ?? 0);
  if (air) mods.push({ name: 'drones won the duel over air defence', value: air.bonus });
  const roll = dice.roll(100);
  const success = set ? set.result === 'taken' : roll <= threshold;
  const decided = set ? `would have ${roll <= threshold ? 'broken the line' : 'been repelled'}; ${success ? 'the line breaks' : 'repelled'}. ${setBy(set)}` : success ? 'the line breaks' : 'repelled';
  const rules = state.rules.combat;
  const from = ctx.log.entries.length;
  const lossPct = success ? rules.winnerLossPct : rules.attackerLossPct;
  const attackerLosses = loseCommitted(state, ctx, actor, o.from, forces, Math.floor((lossPct * (100 - (air?.lossCut ?? 0))) / 100));
  let defenderLosses = 0;
  for (const dd of defenders) defenderLosses += lose(state, ctx, dd.actor, o.target, success ? rules.defenderLossPct : rules.winnerLossPct);
  if (!ctx.log.quiet) note(ctx.log, {
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
    text: `${nameOf(state, actor)} attacks ${target.name} (${a} against ${d}): roll ${roll} against ${threshold} — ${decided}. Losses: attacker ${attackerLosses}, defender ${defenderLosses}. [${mods.map((m) => `${m.name} ${m.value >= 0 ? '+' : ''}${m.value}`).join(', ')}]`,
    cause: `attack order of ${nameOf(state, actor)}`,
  });

  if (!success) {
    result(state, ctx, actor, o, 'repelled', `${nameOf(state, actor)}'s attack on ${target.name} was repelled.`);
    if (set) markSince(ctx, from, 'override', set.reason);
    return;
  }
  retreat(state, ctx, o.target, defendersOf(state, o.target));
  const left = state.actors[actor].forces[o.from];
  const advance: Partial<Forces> = {};
  for (const t of FORCE_TYPES) advance[t] = Math.min(forces[t] ?? 0, left?.[t] ?? 0);
  moveForces(state, actor, o.from, o.target, advance);
  capture(state, ctx, o.target, actor);
  result(state, ctx, actor, o, 'captured', `${nameOf(state, actor)} took ${target.name}.`);
  if (set) markSince(ctx, from, 'override', set.reason);
}

function move(state: GameState, ctx: TurnContext, actor: ActorId, o: OrderOf<'move'>): void {
  const to = state.regions[o.to];
  if (to.controller === null || !friendly(state, actor, to.controller)) {
    return result(state, ctx, actor, o, 'void', `${nameOf(state, actor)}'s move to ${to.name} is void: the region changed hands.`);
  }
  const moved = moveForces(state, actor, o.from, o.to, o.forces);
  if (totalStrength(moved) === 0) return result(state, ctx, actor, o, 'void', `${nameOf(state, actor)}'s move to ${to.name} is void: nothing left to move.`);
  result(state, ctx, actor, o, 'moved', `${nameOf(state, actor)} moved ${totalStrength(moved)} strength from ${regionName(state, o.from)} to ${to.name}.`);
}

function ordersOfKind<K extends Order['kind']>(state: GameState, ctx: TurnContext, kind: K): { actor: ActorId; order: OrderOf<K> }[] {
  const out: { actor: ActorId; order: OrderOf<K> }[] = [];
  for (const actor of state.actorOrder) for (const o of ctx.orders[actor] ?? []) if (o.kind === kind) out.push({ actor, order: o as OrderOf<K> });
  return out;
}

export function operationsPhase(state: GameState, ctx: TurnContext): void {
  withDice(state, (dice) => {
    for (const { actor, order } of ordersOfKind(state, ctx, 'strike')) strike(state, ctx, dice, actor, order);
    for (const { actor, order } of ordersOfKind(state, ctx, 'attack')) attack(state, ctx, dice, actor, order);
  });
  noteUnusedFightOverrides(state, ctx);
  for (const { actor, order } of ordersOfKind(state, ctx, 'move')) move(state, ctx, actor, order);
  for (const { actor, order } of ordersOfKind(state, ctx, 'hold')) result(state, ctx, actor, order, 'held', `${nameOf(state, actor)} holds ${regionName(state, order.region)}.`);
}
