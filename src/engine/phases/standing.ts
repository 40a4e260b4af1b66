// Standing with outsiders: a third party's stance, rolled from the seed the first time it is
// tested (the caller keeps it in GameState.thirdParties), and condemnations, which a patron's
// diplomatic cover can blunt.
import { actorName } from '../names';
import type { Dice } from '../rng';
import { adjust, note } from '../stats';
import type { ActorId, GameState } from '../types';
import type { TurnContext } from './context';

/** Roll a stance the first time it is tested, from the seed, and log the roll (Labyrinth's rule); the caller keeps it. */
export function rollStance(ctx: TurnContext, dice: Dice, purpose: string, sides: number, what: string): number {
  const v = dice.roll(sides);
  note(ctx.log, { kind: 'roll', purpose: `stance ${purpose}`, roll: v, threshold: sides, success: true, text: `First contact fixes ${what}: ${v} (rolled 1–${sides}).`, cause: 'third-party stance unknown until first tested' });
  return v;
}

/** A condemnation costs legitimacy, unless a patron's diplomatic cover shields the target. */
export function condemned(state: GameState, ctx: TurnContext, target: ActorId, by: ActorId, cost: number): void {
  const turn = state.turn;
  const cover = state.links.find((l) => l.active && l.package === 'diplomatic-cover' && l.client === target && l.deliverTurn <= turn);
  if (cover) {
    note(ctx.log, { kind: 'decision', actor: cover.patron, reasons: ['diplomatic cover'], text: `${actorName(state, cover.patron)}'s diplomatic cover blunts ${actorName(state, by)}'s criticism of ${actorName(state, target)}.`, cause: 'diplomatic cover' });
    return;
  }
  adjust(state, ctx.log, target, 'legitimacy', -cost, `condemned by ${actorName(state, by)}`);
}
