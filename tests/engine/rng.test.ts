import { describe, expect, it } from 'vitest';
import { openDice, seedRng } from '../../src/engine/rng';

const rolls = (seed: string, n: number, sides = 100) => {
  const d = openDice(seedRng(seed));
  return Array.from({ length: n }, () => d.roll(sides));
};

describe('the seeded generator', () => {
  it('the same state gives the same rolls', () => {
    expect(rolls('alpha', 50)).toEqual(rolls('alpha', 50));
  });

  it('different seeds give different rolls', () => {
    expect(rolls('alpha', 50)).not.toEqual(rolls('beta', 50));
  });

  it('a saved state resumes exactly where it stopped', () => {
    const d = openDice(seedRng('resume'));
    const head = [d.roll(6), d.roll(6), d.roll(6)];
    const saved = JSON.parse(JSON.stringify(d.save()));
    const tail = [d.roll(100), d.roll(100), d.roll(100)];
    const again = openDice(saved);
    expect([again.roll(100), again.roll(100), again.roll(100)]).toEqual(tail);
    expect(head).toHaveLength(3);
  });

  it('opening dice does not change the state it was opened from', () => {
    const s = seedRng('pure');
    const copy = { ...s };
    openDice(s).roll(10);
    expect(s).toEqual(copy);
  });

  it('rolls are integers from 1 to the number of sides, and every face comes up', () => {
    for (const sides of [1, 2, 6, 100]) {
      const seen = new Set<number>();
      for (const r of rolls(`range-${sides}`, 2000, sides)) {
        expect(Number.isInteger(r)).toBe(true);
        expect(r).toBeGreaterThanOrEqual(1);
        expect(r).toBeLessThanOrEqual(sides);
        seen.add(r);
      }
      expect(seen.size).toBe(sides);
    }
  });

  it('a d100 is roughly uniform (each decile within 30% of its share over 10,000 rolls)', () => {
    const counts = new Array(10).fill(0);
    for (const r of rolls('uniform', 10_000)) counts[Math.floor((r - 1) / 10)]++;
    for (const c of counts) {
      expect(c).toBeGreaterThan(700);
      expect(c).toBeLessThan(1300);
    }
  });

  it('the state is four 32-bit integers', () => {
    const s = seedRng('ints');
    for (const k of ['x', 'y', 'z', 'w'] as const) expect(Number.isInteger(s[k])).toBe(true);
  });

  it('a die with no sides is a bug and throws', () => {
    const d = openDice(seedRng('bad'));
    expect(() => d.roll(0)).toThrow();
    expect(() => d.roll(2.5)).toThrow();
  });
});
