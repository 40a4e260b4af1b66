// Scoring from the actors' aims, at the end or at any moment for a running tally.
import { allied, treatiesOf } from './sides';
import { casualtiesOf } from './stats';
import type { ActorId, Aim, GameState } from './types';

export interface Score {
  readonly points: number;
  readonly max: number;
  readonly aims: readonly { readonly id: string; readonly text: string; readonly points: number; readonly met: boolean }[];
}

export function peacekeepersOf(state: GameState, actor: ActorId): number {
  let n = 0;
  for (const f of Object.values(state.actors[actor]?.forces ?? {})) n += f.peacekeepers;
  return n;
}

/** Is this aim met now? The one test the score, the debrief and the side panel's aims share. */
export function aimMet(state: GameState, actor: ActorId, aim: Aim): boolean {
  const a = state.actors[actor];
  const c = aim.condition;
  switch (c.kind) {
    case 'controls': {
      const holder = state.regions[c.region]?.controller;
      return holder !== null && holder !== undefined && allied(state, actor, holder);
    }
    case 'not-controlled-by': {
      const holder = state.regions[c.region]?.controller;
      return holder === null || holder === undefined || !allied(state, c.actor, holder);
    }
    case 'treaty':
      return treatiesOf(state, c.treaty).some((t) => (c.with === undefined || t.parties.includes(c.with)));
    case 'peacekeepers':
      return peacekeepersOf(state, c.actor) >= (c.minStrength ?? 1);
    case 'monitor-seat':
      return state.treaties.some((t) => (t.kind === 'monitoring-centre' || t.kind === 'ceasefire') && (t.monitors ?? []).includes(c.actor));
    case 'legitimacy-at-least':
      return a.legitimacy >= c.value;
    case 'support-at-least':
      return a.domesticSupport >= c.value;
    case 'casualties-at-most':
      return casualtiesOf(a) <= c.value;
    case 'influence-at-least':
      return (a.influence[c.over] ?? 0) >= c.value;
    // Only battle sets capturedTurn: regions handed over under a treaty are not war in their zone.
    case 'no-war-on-zone':
      return !state.regionOrder.some((r) => state.regions[r].zone === c.zone && state.regions[r].capturedTurn >= 0);
    case 'region-held-by': {
      const holder = state.regions[c.region]?.controller;
      return holder !== null && holder !== undefined && allied(state, c.actor, holder);
    }
    default: {
      const never: never = c;
      throw new Error(`bug: unknown aim condition ${JSON.stringify(never)}`);
    }
  }
}

export function scoreActor(state: GameState, actor: ActorId): Score {
  const aims = state.actors[actor].aims.map((aim) => ({ id: aim.id, text: aim.text, points: aim.points, met: aimMet(state, actor, aim) }));
  let points = 0;
  let max = 0;
  for (const x of aims) {
    max += x.points;
    if (x.met) points += x.points;
  }
  return { points, max, aims };
}

export function scoreGame(state: GameState): Record<ActorId, Score> {
  const out: Record<ActorId, Score> = {};
  for (let i = 0; i < state.actorOrder.length; i++) out[state.actorOrder[i]] = scoreActor(state, state.actorOrder[i]);
  return out;
}
