// An aggressive actor weighs a third power's guarantee before opening its offensive: a roll with
// named modifiers, in its reasons; with no guarantee over its targets it opens the war as before.
import { describe, expect, it } from 'vitest';
import { chooseOrders } from '../../src/ai';
import { newGame, type GameState } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';

/** 2020-full in the week the computer Azerbaijan's offensive falls due, no war yet, no events. */
function due(seed: string, variant: string | null): GameState {
  const g = newGame(SCENARIOS['2020-full'], seed, { variant });
  if (!g.ok) throw new Error(g.message);
  const s = structuredClone<GameState>(g.state);
  s.turn = Math.floor((s.calendar.turns * 2) / 5) + 1;
  s.pendingEvents = [];
  s.deck = [];
  return s;
}

const attacks = (seed: string, variant: string | null) => {
  const d = chooseOrders(due(seed, variant), 'azerbaijan');
  return { attacked: d.orders.some((o) => o.kind === 'attack'), reasons: d.reasons.join(' | ') };
};

describe('a guarantee deters the opening offensive', () => {
  it('with no guarantee over its targets Azerbaijan opens the war, and rolls nothing for it', () => {
    for (let i = 0; i < 8; i++) {
      const r = attacks(`det-${i}`, null);
      expect(r.attacked).toBe(true);
      expect(r.reasons).not.toMatch(/deterred|despite/);
    }
  });

  it('under Russia\'s guarantee over Karabakh it is mostly deterred, each time with the roll and its modifiers', () => {
    let deterred = 0;
    for (let i = 0; i < 20; i++) {
      const r = attacks(`det-${i}`, 'russia-defends-karabakh');
      expect(r.reasons).toMatch(/roll \d+ (>|≤) \d+ \(aggression 80 \+ \d+, guarantee −\d+/);
      if (!r.attacked) {
        deterred++;
        expect(r.reasons).toMatch(/deterred: Russia's defence treaty with Armenia covers the ground we want/);
      }
    }
    expect(deterred).toBeGreaterThan(10);
  });
});
