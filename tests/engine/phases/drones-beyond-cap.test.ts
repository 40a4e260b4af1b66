// Drones weigh beyond the numbers' cap: ground modifiers stop at combat.groundMaxThreshold, drones
// that won their duel add their bonus on top (each drone adding less) and cut the attacker's losses.
import { describe, expect, it } from 'vitest';
import { explainAttack, type GameState, type Order, type Rules } from '../../../src/engine';
import { entries, findSeed, play, quiet, station } from '../helpers';

/** Azerbaijan's southern army, far stronger than Jabrayil's garrison (lowland, no air defence). */
const MASS = { infantry: 14, armour: 6, artillery: 5, specialForces: 2 };
const attack = (drones: number): Extract<Order, { kind: 'attack' }> => ({ kind: 'attack', from: 'horadiz', target: 'jabrayil', forces: { ...MASS, drones } });

function weakJabrayil(seed = 'test', drones?: Partial<Rules['drones']>): GameState {
  const s = quiet(seed);
  station(s, 'artsakh', 'jabrayil', { infantry: 3 });
  station(s, 'azerbaijan', 'horadiz', { ...MASS, drones: 8 });
  if (drones) Object.assign(s, { rules: { ...s.rules, drones: { ...s.rules.drones, ...drones } } });
  return s;
}

const groundSum = (s: GameState, o: Extract<Order, { kind: 'attack' }>) => explainAttack(s, 'azerbaijan', o).modifiers.reduce((t, m) => t + m.value, 0);

describe('drones beyond the strength cap', () => {
  it('numbers alone stop at the ground cap, however overwhelming', () => {
    const s = weakJabrayil();
    const odds = explainAttack(s, 'azerbaijan', attack(0));
    expect(groundSum(s, attack(0))).toBeGreaterThan(s.rules.combat.groundMaxThreshold);
    expect(odds.threshold).toBe(s.rules.combat.groundMaxThreshold);
    expect(odds.chancePct).toBe(s.rules.combat.groundMaxThreshold);
  });

  it('drones that win their duel carry the same attack beyond the cap, and each further drone adds less', () => {
    const s = weakJabrayil();
    const chance = (n: number) => explainAttack(s, 'azerbaijan', attack(n)).chancePct;
    const bonus = (n: number) => explainAttack(s, 'azerbaijan', attack(n)).duel?.bonus ?? 0;
    expect(chance(2)).toBeGreaterThan(s.rules.combat.groundMaxThreshold);
    expect(chance(4)).toBeGreaterThan(chance(1));
    expect(bonus(2) - bonus(1)).toBeGreaterThan(0);
    expect(bonus(2) - bonus(1)).toBeGreaterThan(bonus(8) - bonus(7));
  });

  it('the rolled threshold is the capped ground sum plus the drones\' logged bonus', () => {
    const s = weakJabrayil();
    const { log } = play(s, { azerbaijan: [attack(4)] });
    const c = entries(log, 'combat')[0];
    const air = c.modifiers.find((m) => m.name === 'drones won the duel over air defence');
    expect(air?.value).toBeGreaterThan(0);
    const ground = c.modifiers.filter((m) => m !== air).reduce((t, m) => t + m.value, 0);
    const { groundMaxThreshold, maxThreshold } = s.rules.combat;
    expect(ground).toBeGreaterThan(groundMaxThreshold);
    expect(c.threshold).toBe(Math.min(maxThreshold, groundMaxThreshold + (air?.value ?? 0)));
  });

  it('drones that win cut the attacker\'s losses: the same repelled attack costs less with the cut than without it', () => {
    const repelled = (cut: number) => (seed: string) => play(weakJabrayil(seed, { lossCutMax: cut }), { azerbaijan: [attack(4)] });
    const { seed, result } = findSeed('drone-cut', repelled(80), (r) => entries(r.log, 'combat')[0]?.success === false);
    const withCut = entries(result.log, 'combat')[0];
    const without = entries(repelled(0)(seed).log, 'combat')[0];
    expect(without.success).toBe(false);
    expect(withCut.attackerLosses).toBeLessThan(without.attackerLosses);
  });
});
