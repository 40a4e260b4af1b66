// A deterministic picker of legal orders, driven by the engine's own seeded dice (never the
// game's generator): used by the property tests and by scripts/make-golden.ts.
import { legalOrders, validateOrders, type GameState, type Order, type OrdersByActor } from '../../src/engine';
import type { Dice } from '../../src/engine/rng';

/** Up to `max` orders per acting actor, each drawn from legalOrders and kept only if the set stays legal. */
export function pickOrders(state: GameState, dice: Dice, max = 3): OrdersByActor {
  const out: Record<string, Order[]> = {};
  for (const actor of state.actorOrder) {
    const legal = legalOrders(state, actor);
    if (legal.length === 0) continue;
    const want = dice.roll(max + 1) - 1;
    const chosen: Order[] = [];
    for (let tries = 0; chosen.length < want && tries < want * 4; tries++) {
      const o = legal[dice.roll(legal.length) - 1];
      if (validateOrders(state, actor, [...chosen, o]).ok) chosen.push(o);
    }
    out[actor] = chosen;
  }
  return out;
}
