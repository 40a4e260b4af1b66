// Settlements bind. An attack or strike ordered in the week a settlement between the two sides is
// signed is void (the orders were written before the signature); after that week it is a breach,
// blamed on the attacker. A region where a guarantor's peacekeepers stand cannot be hit without
// breaching their mandate, and the peacekeepers count in its defence (combat.ts).
import { actorName } from '../names';
import { allied, commander, inForce } from '../sides';
import type { ActorId, GameState, RegionId, Treaty } from '../types';
import type { TurnContext } from './context';

function bindsBoth(state: GameState, t: Treaty, a: ActorId, b: ActorId): boolean {
  const side = (x: ActorId): boolean => t.parties.includes(x) || t.parties.includes(commander(state, x));
  return side(a) && side(b);
}

/** The settlement in force between two sides (directly or through their commanders), if any. */
function settlementBetween(state: GameState, a: ActorId, b: ActorId): Treaty | undefined {
  return state.treaties.find((t) => t.kind === 'settlement' && inForce(state, t) && bindsBoth(state, t, a, b));
}

/** The peacekeeping mandates in force whose guarantor has peacekeepers in this region, in treaty order. */
export function mandatesIn(state: GameState, region: RegionId): Treaty[] {
  return state.treaties.filter((t) => t.kind === 'peacekeeping' && t.beneficiary !== undefined && inForce(state, t) && (state.actors[t.beneficiary].forces[region]?.peacekeepers ?? 0) > 0);
}

/** Why a blow by `actor` on `region` is void: a settlement binding both sides was signed this week. Null if it is not. */
export function voidedBySettlement(state: GameState, actor: ActorId, region: RegionId): string | null {
  const victim = state.regions[region].controller;
  const bound = victim === null ? undefined : settlementBetween(state, actor, victim);
  if (bound && bound.since === state.turn && victim !== null) {
    return `the settlement ${actorName(state, commander(state, actor))} and ${actorName(state, commander(state, victim))} signed this week binds them, and orders written before it are void`;
  }
  const mandate = mandatesIn(state, region).find((t) => t.since === state.turn && t.beneficiary !== undefined && !allied(state, actor, t.beneficiary));
  if (mandate?.beneficiary !== undefined) return `${actorName(state, mandate.beneficiary)}'s peacekeepers took up their post there this week under a settlement signed this week`;
  return null;
}

/** A blow that is not void breaks the settlement binding both sides and the mandate of any peacekeepers in the region. */
export function recordSettlementBreaches(state: GameState, ctx: TurnContext, actor: ActorId, region: RegionId): void {
  const victim = state.regions[region].controller;
  const found: Treaty[] = [];
  const settlement = victim === null ? undefined : settlementBetween(state, actor, victim);
  if (settlement) found.push(settlement);
  for (const t of mandatesIn(state, region)) if (t.beneficiary !== undefined && !allied(state, actor, t.beneficiary)) found.push(t);
  for (const t of found) {
    if (ctx.breaches.some((b) => b.actor === actor && b.treaty === t.id)) continue;
    ctx.breaches.push({ actor, against: t.kind === 'peacekeeping' && t.beneficiary !== undefined ? t.beneficiary : (victim as ActorId), treaty: t.id });
  }
}
