import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/engine';
import { canonicalJson, hashData } from '../../src/engine/hash';
import { game } from './helpers';

describe('hashing', () => {
  it('key order does not matter', () => {
    expect(hashData({ a: 1, b: [2, 3], c: { d: 'x', e: null } })).toBe(hashData({ c: { e: null, d: 'x' }, b: [2, 3], a: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });

  it('a state rebuilt with its keys in reverse order has the same hash', () => {
    const s = game('order');
    const reverse = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(reverse);
      if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).reverse().map((k) => [k, reverse((v as Record<string, unknown>)[k])]));
      return v;
    };
    expect(hashState(reverse(s) as typeof s)).toBe(hashState(s));
  });

  it('array order does matter', () => {
    expect(hashData([1, 2])).not.toBe(hashData([2, 1]));
  });

  it('any change to the state changes the hash', () => {
    const s = game('change');
    const h = hashState(s);
    const edits: ((x: typeof s) => void)[] = [
      (x) => (x.turn += 1),
      (x) => (x.actors.armenia.treasury += 1),
      (x) => (x.regions.shusha.controller = 'azerbaijan'),
      (x) => (x.actors.azerbaijan.forces.baku.infantry += 1),
      (x) => (x.rng = { ...x.rng, w: x.rng.w ^ 1 }),
      (x) => x.pendingEvents.pop(),
      (x) => (x.thirdParties.georgia = { routesOpen: false, tolerance: null, incidents: 0, reinforcedTurn: null }),
      (x) => (x.allianceCallTurn = 0),
      (x) => x.treatyNotices.push({ treaty: 'ru-am-1997', zone: 'nkao' }),
      (x) => (x.links[0].exposed = !x.links[0].exposed),
    ];
    const seen = new Set([h]);
    for (const edit of edits) {
      const c = structuredClone(s);
      edit(c);
      const hc = hashState(c);
      expect(hc).not.toBe(h);
      seen.add(hc);
    }
    expect(seen.size).toBe(edits.length + 1);
  });

  it('values of different types do not collide', () => {
    const values = [null, 0, '0', false, true, [], {}, [0], { 0: 0 }, '', 'n', '#0', 1, -1];
    expect(new Set(values.map(hashData)).size).toBe(values.length);
  });

  it('a hash is 16 hex digits', () => {
    expect(hashState(game())).toMatch(/^[0-9a-f]{16}$/);
  });

  it('only integers may be hashed: a fraction is a bug', () => {
    const s = game();
    (s.actors.armenia as { treasury: number }).treasury = 0.5;
    expect(() => hashState(s)).toThrow(/non-integer/);
    expect(() => hashData({ x: Number.NaN })).toThrow();
  });

  it('undefined fields are skipped, as JSON drops them', () => {
    expect(hashData({ a: 1, b: undefined })).toBe(hashData({ a: 1 }));
  });
});
