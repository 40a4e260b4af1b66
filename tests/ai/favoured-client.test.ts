// A patron of both sides gives nothing to the client at war with the one it backs more: Russia,
// Armenia's patron first, does not arm Azerbaijan while they fight (it may still sell, or attach
// strings to a package).
import { describe, expect, it } from 'vitest';
import { chooseOrders } from '../../src/ai';
import { newGame, type GameState } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';

function atWar(seed: string): GameState {
  const g = newGame(SCENARIOS['2020-war'], seed, { variant: null });
  if (!g.ok) throw new Error(g.message);
  const s = structuredClone<GameState>(g.state);
  s.pendingEvents = [];
  s.deck = [];
  // A rich Russia: the budget is never what holds a gift back.
  s.actors.russia.treasury = 300;
  return s;
}

describe('a patron of both sides at war', () => {
  it('gives Azerbaijan nothing outright while it fights Armenia, and says why', () => {
    for (let i = 0; i < 12; i++) {
      const d = chooseOrders(atWar(`fav-${i}`), 'russia');
      const gifts = d.orders.filter((o) => o.kind === 'support' && o.client === 'azerbaijan' && !o.condition);
      expect(gifts).toEqual([]);
      expect(d.reasons.join(' | ')).toMatch(/no gift for Azerbaijan: it is at war with Armenia, whom we back more/);
    }
  });
});
