// Golden replays: whole games recorded turn by turn with the state hash after each turn.
// A failure here means the rules changed. If that was intended, regenerate with
//   npx tsx scripts/make-golden.ts
// and say in the commit which rule changed; if it was not, the diverging turn points at the regression.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReplay, verifyReplay, type Order, type Replay } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { SCENARIO_IDS } from './helpers';

const load = (id: string): Replay => {
  const parsed = parseReplay(JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', `golden-${id}.replay.json`), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.replay;
};

/** The turn index nearest the middle with an order that changes the state (a hold changes nothing). */
function middleTurnWithOrder(r: Replay): { index: number; actor: string; at: number } {
  const mid = Math.floor(r.turns.length / 2);
  for (let d = 0; d < r.turns.length; d++) {
    for (const index of [mid + d, mid - d]) {
      const t = r.turns[index];
      if (!t) continue;
      for (const actor of Object.keys(t.orders).sort()) {
        const at = t.orders[actor].findIndex((o) => o.kind !== 'hold');
        if (at >= 0) return { index, actor, at };
      }
    }
  }
  throw new Error('no turn with an order');
}

describe.each(SCENARIO_IDS)('golden replay of %s', (id) => {
  it('replays to the recorded hash after every turn', () => {
    const r = load(id);
    expect(r.turns.length).toBeGreaterThan(0);
    const v = verifyReplay(r, SCENARIOS[id]);
    expect(v).toEqual({ ok: true, finalHash: r.turns[r.turns.length - 1].hash, turns: r.turns.length });
  });

  it('has real play in it: orders of several kinds', () => {
    const kinds = new Set(load(id).turns.flatMap((t) => Object.values(t.orders).flat().map((o) => o.kind)));
    expect(kinds.size).toBeGreaterThanOrEqual(4);
  });

  it('an order changed in a middle turn is caught on that very turn', () => {
    const r = structuredClone(load(id));
    const { index, actor, at } = middleTurnWithOrder(r);
    const turn = r.turns[index];
    const orders = [...turn.orders[actor]];
    orders.splice(at, 1);
    const altered: Replay = { ...r, turns: r.turns.map((t, i) => (i === index ? { ...t, orders: { ...t.orders, [actor]: orders } } : t)) };
    const v = verifyReplay(altered, SCENARIOS[id]);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.firstDivergingTurn).toBe(index + 1);
    expect(v.message).toMatch(new RegExp(`Turn ${index + 1}`));
  });

  it('an illegal order in a middle turn is refused, naming that turn', () => {
    const r = structuredClone(load(id));
    const index = Math.floor(r.turns.length / 2);
    const bad: Order = { kind: 'hold', region: 'atlantis' };
    const altered: Replay = { ...r, turns: r.turns.map((t, i) => (i === index ? { ...t, orders: { ...t.orders, armenia: [bad] } } : t)) };
    const v = verifyReplay(altered, SCENARIOS[id]);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.code).toBe('ERR_UNKNOWN_REGION');
    expect(v.firstDivergingTurn).toBe(index + 1);
  });

  it('a different seed does not match the recording', () => {
    const r = load(id);
    const v = verifyReplay({ ...r, seed: `${r.seed}-other` }, SCENARIOS[id]);
    expect(v.ok).toBe(false);
  });
});
