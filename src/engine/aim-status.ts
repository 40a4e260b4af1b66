// An actor's aims as they stand now, for the side panel: met or not by the score's own test
// (aimMet), with the figure behind it and whether a met aim is at risk or an unmet one lost for good.
import { aimMet, peacekeepersOf } from './score';
import { actorName, regionName } from './names';
import { allied, atWar, treatiesOf } from './sides';
import { casualtiesOf } from './stats';
import type { ActorId, Aim, GameState, RegionId } from './types';

/** `at-risk`: met, but close to failing; `lost`: unmet and cannot be met again (casualties, a war on the zone). */
export type AimState = 'met' | 'at-risk' | 'unmet' | 'lost';

export interface AimStatus {
  readonly id: string;
  readonly text: string;
  readonly points: number;
  readonly met: boolean;
  readonly state: AimState;
  /** The figure behind the status, in words ("held by Armenia", "legitimacy 44, needs 40"). */
  readonly figure: string;
}

/** A figure this close above its threshold (or this share of a cap used) counts as at risk. */
const MARGIN = 10;

/** An actor's name without its gloss: "Artsakh", not "Artsakh (Karabakh Armenian authorities)". */
function who(state: GameState, id: ActorId): string {
  return actorName(state, id).replace(/\s*\(.*\)$/, '');
}

function holderText(state: GameState, region: RegionId): string {
  const c = state.regions[region]?.controller ?? null;
  return c === null ? `${regionName(state, region)} held by no one` : `${regionName(state, region)} held by ${who(state, c)}`;
}

/** An enemy of `side` at war with it has forces next to or in the region. */
function threatened(state: GameState, side: ActorId, region: RegionId): boolean {
  const r = state.regions[region];
  if (!r) return false;
  const near = [region, ...r.neighbours];
  for (let i = 0; i < state.actorOrder.length; i++) {
    const e = state.actorOrder[i];
    if (allied(state, side, e) || !state.actorOrder.some((a) => allied(state, side, a) && atWar(state, a, e))) continue;
    const forces = state.actors[e].forces;
    for (let k = 0; k < near.length; k++) if (forces[near[k]]) return true;
  }
  return false;
}

function statusOf(state: GameState, actor: ActorId, aim: Aim, met: boolean): { state: AimState; figure: string } {
  const a = state.actors[actor];
  const c = aim.condition;
  const plain = (figure: string) => ({ state: met ? ('met' as const) : ('unmet' as const), figure });
  const above = (value: number, need: number, label: string) => ({ state: !met ? ('unmet' as const) : value - need < MARGIN ? ('at-risk' as const) : ('met' as const), figure: `${label} ${value}, needs ${need}` });
  switch (c.kind) {
    case 'controls':
      return { state: met && threatened(state, actor, c.region) ? 'at-risk' : met ? 'met' : 'unmet', figure: holderText(state, c.region) };
    case 'region-held-by':
      return { state: met && threatened(state, c.actor, c.region) ? 'at-risk' : met ? 'met' : 'unmet', figure: holderText(state, c.region) };
    case 'not-controlled-by':
      return plain(holderText(state, c.region));
    case 'treaty': {
      const n = treatiesOf(state, c.treaty).filter((t) => c.with === undefined || t.parties.includes(c.with)).length;
      return plain(n > 0 ? `a ${c.treaty} is in force` : `no ${c.treaty} in force${c.with ? ` with ${who(state, c.with)}` : ''}`);
    }
    case 'peacekeepers':
      return plain(`${who(state, c.actor)} peacekeepers ${peacekeepersOf(state, c.actor)}, needs ${c.minStrength ?? 1}`);
    case 'monitor-seat':
      return plain(met ? `${who(state, c.actor)} sits in a monitoring centre` : `${who(state, c.actor)} has no monitoring seat`);
    case 'legitimacy-at-least':
      return above(a.legitimacy, c.value, 'legitimacy');
    case 'support-at-least':
      return above(a.domesticSupport, c.value, 'domestic support');
    case 'influence-at-least':
      return above(a.influence[c.over] ?? 0, c.value, `influence over ${who(state, c.over)}`);
    case 'casualties-at-most': {
      const n = casualtiesOf(a);
      // Casualties only grow: once over the cap, the aim is lost for good.
      return { state: !met ? 'lost' : c.value - n < Math.max(1, Math.floor((c.value * MARGIN) / 100)) ? 'at-risk' : 'met', figure: `casualties ${n}, at most ${c.value}` };
    }
    case 'no-war-on-zone': {
      const taken = state.regionOrder.filter((r) => state.regions[r].zone === c.zone && state.regions[r].capturedTurn >= 0);
      // A region that changed hands stays changed: the aim is lost for good.
      return { state: met ? 'met' : 'lost', figure: met ? 'no region there has changed hands' : `${taken.map((r) => regionName(state, r)).join(', ')} changed hands` };
    }
    default: {
      const never: never = c;
      throw new Error(`bug: unknown aim condition ${JSON.stringify(never)}`);
    }
  }
}

/** Each of the actor's aims now: met or not exactly as scoreActor counts it, and why. */
export function aimStatuses(state: GameState, actor: ActorId): AimStatus[] {
  return state.actors[actor].aims.map((aim) => {
    const met = aimMet(state, actor, aim);
    return { id: aim.id, text: aim.text, points: aim.points, met, ...statusOf(state, actor, aim, met) };
  });
}
