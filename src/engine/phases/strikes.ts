// Strikes, the first part of the operations phase: drones duel the air defence they meet
// (fighting.ts), artillery rolls against a threshold, and a strike on a populated place kills civilians and
// costs the striker legitimacy.
import { regionName } from '../names';
import { totalStrength } from '../forces';
import type { Dice } from '../rng';
import { allied } from '../sides';
import { adjust, note } from '../stats';
import type { ActorId, GameState, RegionId } from '../types';
import { voidedBySettlement } from './binding';
import { defendersOf } from './combat';
import type { TurnContext } from './context';
import { duel, ensureWar, nameOf, recordHit, removeType, result, type OrderOf } from './fighting';

export function strike(state: GameState, ctx: TurnContext, dice: Dice, actor: ActorId, o: OrderOf<'strike'>): void {
  const own = state.actors[actor].forces[o.from];
  const power = own?.[o.weapon] ?? 0;
  const region = state.regions[o.target];
  if (power <= 0) return result(state, ctx, actor, o, 'void', `${nameOf(state, actor)}'s strike on ${region.name} is void: no ${o.weapon} left in ${regionName(state, o.from)}.`);
  if (region.controller !== null && allied(state, actor, region.controller)) return result(state, ctx, actor, o, 'void', `${nameOf(state, actor)}'s strike on ${region.name} is void: the region is now held by its own side.`);
  const bound = voidedBySettlement(state, actor, o.target);
  if (bound) return result(state, ctx, actor, o, 'void', `${nameOf(state, actor)}'s strike on ${region.name} is void: ${bound}.`);
  ensureWar(state, ctx, actor, region.controller);
  recordHit(state, ctx, actor, o.target);
  const defenders = defendersOf(state, o.target);
  if (o.weapon === 'drones') {
    const won = duel(state, ctx, dice, actor, o.from, o.target, power, defenders);
    if (o.aim === 'city' && won) civilianStrike(state, ctx, actor, o.target, 'drones');
  } else {
    const rules = state.rules.strike;
    const roll = dice.roll(100);
    const threshold = rules.artilleryHitBase + Math.min(power, rules.artilleryHitPointsMax) * rules.artilleryHitPerPoint;
    const hit = roll <= threshold;
    if (!ctx.log.quiet) note(ctx.log, { kind: 'roll', purpose: `artillery on ${region.name}`, roll, threshold, success: hit, text: `${nameOf(state, actor)} artillery on ${region.name}: roll ${roll} against ${threshold} — ${hit ? 'on target' : 'little effect'}.`, cause: 'strike order' });
    if (hit) {
      if (o.aim === 'city') civilianStrike(state, ctx, actor, o.target, 'artillery');
      else {
        const n = Math.max(1, Math.floor(power / rules.artilleryPointsPerKill));
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
  const rules = state.rules.strike;
  const deaths = rules.cityCivilianDeaths + Math.floor(region.population / rules.populationPerDeath);
  ctx.civilianStrikes.push({ actor, region: regionId });
  if (victim) {
    state.actors[victim].casualties.civilian += deaths;
    adjust(state, ctx.log, victim, 'domesticSupport', rules.rallySupport, `rallying after the strike on ${region.name}`);
  }
  adjust(state, ctx.log, actor, 'legitimacy', -rules.legitimacyCost, `${weapon} strike on ${region.name}, a populated place`);
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
