// A computer guarantor that entered the war for its treaty partner acts as a belligerent: it
// brings its forces from its own ground onto the partner's, toward the front.
import { describe, expect, it } from 'vitest';
import { chooseOrders } from '../../src/ai';
import { newGame, type GameState } from '../../src/engine';
import { declareWar } from '../../src/engine/sides';
import { SCENARIOS } from '../../src/scenario';

function russiaEntered(seed: string, entered: boolean): GameState {
  const g = newGame(SCENARIOS['2020-war'], seed, { variant: 'russia-defends-karabakh' });
  if (!g.ok) throw new Error(g.message);
  const s = structuredClone<GameState>(g.state);
  s.turn = 1;
  s.pendingEvents = [];
  s.deck = [];
  if (entered) declareWar(s, 'russia', 'azerbaijan');
  return s;
}

const movesOntoArmenia = (s: GameState) => chooseOrders(s, 'russia').orders.some((o) => o.kind === 'move' && o.from === 'gyumri' && s.regions[o.to].controller === 'armenia');

describe('a computer guarantor at war', () => {
  it('moves its forces from its base onto its partner\'s ground once it has entered the war, not before', () => {
    let moved = 0;
    for (let i = 0; i < 6; i++) {
      expect(movesOntoArmenia(russiaEntered(`gw-${i}`, false))).toBe(false);
      if (movesOntoArmenia(russiaEntered(`gw-${i}`, true))) moved++;
    }
    expect(moved).toBeGreaterThan(3);
  });
});
