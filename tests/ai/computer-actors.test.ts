import { describe, expect, it } from 'vitest';
import { chooseOrders, computerActors, ordersForAll, stateFromView } from '../../src/ai';
import { newGame, resolveTurn, validateOrders, viewFor, type GameState } from '../../src/engine';
import { playGame } from '../../src/cli/game-loop';
import { SCENARIOS } from '../../src/scenario';

function start(seed: string, scenario = '2020-war', variant: string | null = null): GameState {
  const res = newGame(SCENARIOS[scenario], seed, { variant });
  if (!res.ok) throw new Error(res.message);
  return res.state;
}

/** Play `turns` turns with everyone on the computer, returning every state seen. */
function states(seed: string, turns: number, scenario = '2020-war'): GameState[] {
  let s = start(seed, scenario);
  const out = [s];
  for (let i = 0; i < turns && !s.ended; i++) {
    const res = resolveTurn(s, ordersForAll(s, { difficulty: 'easy' }));
    if (!res.ok) throw new Error(res.message);
    s = res.state;
    out.push(s);
  }
  return out;
}

describe('computer actors', () => {
  it('give the same orders and reasons for the same state and actor', () => {
    for (const s of states('det', 4)) {
      for (const actor of computerActors(s)) {
        const a = chooseOrders(s, actor, { difficulty: 'normal' });
        const b = chooseOrders(s, actor, { difficulty: 'normal' });
        expect(b).toEqual(a);
      }
    }
  });

  it('never read the game generator: changing state.rng changes no order', () => {
    for (const s of states('rng', 4)) {
      const other: GameState = { ...s, rng: { x: 1, y: 2, z: 3, w: 4 } };
      for (const actor of computerActors(s)) {
        for (const difficulty of ['easy', 'normal', 'hard'] as const) {
          expect(chooseOrders(other, actor, { difficulty }).orders).toEqual(chooseOrders(s, actor, { difficulty }).orders);
        }
      }
    }
  });

  it('decide from the view: the state they plan on holds estimates of enemy forces, not the truth', () => {
    const s = start('view');
    const seen = stateFromView(s, viewFor(s, 'azerbaijan'), 'azerbaijan');
    expect(seen.actors.azerbaijan.forces).toEqual(s.actors.azerbaijan.forces);
    expect(seen.rng).not.toEqual(s.rng);
    expect(seen.actors.armenia.reserves).toBe(0);
    const differs = Object.keys(s.actors.artsakh.forces).some((r) => JSON.stringify(seen.actors.artsakh.forces[r]) !== JSON.stringify(s.actors.artsakh.forces[r]));
    expect(differs).toBe(true);
  });

  it('only ever give orders the engine accepts', () => {
    for (const seed of ['v1', 'v2', 'v3', 'v4', 'v5']) {
      for (const s of states(seed, 8)) {
        if (s.ended) continue;
        for (const actor of computerActors(s)) {
          for (const difficulty of ['easy', 'normal'] as const) {
            const { orders } = chooseOrders(s, actor, { difficulty });
            expect(validateOrders(s, actor, orders)).toMatchObject({ ok: true });
          }
        }
      }
    }
  });

  it('explain every decision with reasons', () => {
    const s = states('why', 2)[1];
    const d = chooseOrders(s, 'azerbaijan');
    expect(d.reasons.length).toBeGreaterThanOrEqual(d.orders.length);
    expect(d.reasons.every((r) => typeof r === 'string' && r.length > 10)).toBe(true);
  });

  it('leave a human side alone, including the forces it commands', () => {
    const s = start('humans');
    const orders = ordersForAll(s, {}, ['armenia']);
    expect(Object.keys(orders)).not.toContain('armenia');
    expect(Object.keys(orders)).not.toContain('artsakh');
    expect(Object.keys(orders)).toContain('azerbaijan');
    expect(Object.keys(orders)).not.toContain('georgia');
  });

  it('play whole computer-vs-computer games to the end for many seeds', () => {
    for (let i = 0; i < 12; i++) {
      const res = playGame(SCENARIOS['2020-war'], `many-${i}`, { difficulty: i % 2 === 0 ? 'easy' : 'normal' });
      expect(res.ok).toBe(true);
      if (res.ok) expect(res.game.state.ended).not.toBeNull();
    }
    for (let i = 0; i < 2; i++) {
      const res = playGame(SCENARIOS['2020-full'], `full-${i}`, { difficulty: 'easy' });
      expect(res.ok).toBe(true);
      if (res.ok) expect(res.game.state.ended).not.toBeNull();
    }
  }, 120_000);

  it('fight a real war with diplomacy: captures, truces proposed and broken, a settlement', () => {
    const res = playGame(SCENARIOS['2020-war'], 'story', { log: true });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const log = res.game.logs;
    expect(log.some((e) => e.kind === 'capture')).toBe(true);
    expect(log.some((e) => e.kind === 'proposal' && e.terms.kind === 'ceasefire')).toBe(true);
    expect(log.some((e) => e.kind === 'decision' && e.reasons.some((r) => /settlement/.test(r)))).toBe(true);
  });
});
