// Look-ahead: play this turn forward on the state rebuilt from the actor's view, with the
// actor's own dice, for a few candidate attack sets, and keep the one its aims like best.
import { simulateTurn, type GameState, type Order, groundStrength, seedRng, scoreActor, allied } from '../engine';
import { aiSeed } from './view-state';
import type { AttackOption } from './war';
import type { Plan } from './plan';

/** Samples of the dice per candidate, by difficulty. */
const SAMPLES = { easy: 0, normal: 2, hard: 4 } as const;
/** Candidate attack sets tried, by difficulty. */
export const CANDIDATES = { easy: 1, normal: 4, hard: 8 } as const;

function material(plan: Plan, s: GameState): number {
  let own = 0;
  let enemy = 0;
  for (const id of s.actorOrder) {
    let g = 0;
    for (const r of Object.keys(s.actors[id].forces)) g += groundStrength(s.actors[id].forces[r]);
    if (allied(s, id, plan.actor)) own += g;
    else if (plan.enemies.includes(id)) enemy += g;
  }
  return own - enemy;
}

function worth(plan: Plan, s: GameState): number {
  let w = scoreActor(s, plan.commander).points * 4 + material(plan, s);
  for (const r of plan.doctrine.priorities) {
    const c = s.regions[r]?.controller;
    if (c && allied(s, plan.actor, c)) w += 3;
  }
  return w;
}

/** Mean worth of playing `attacks` (with the other orders already chosen) over the actor's own dice. */
function evaluate(plan: Plan, attacks: readonly AttackOption[], others: readonly Order[], salt: number): number {
  const samples = SAMPLES[plan.difficulty];
  let total = 0;
  for (let k = 0; k < samples; k++) {
    const start: GameState = { ...plan.seen, rng: seedRng(aiSeed(plan.seen, plan.actor, `sample-${salt}-${k}`)) };
    const res = simulateTurn(start, { [plan.actor]: [...others, ...attacks.map((a) => a.order)] });
    if (!res.ok) return -Infinity;
    total += worth(plan, res.state);
  }
  return Math.floor(total / Math.max(1, samples));
}

/** Pick the best of the candidate sets by simulating each; the greedy set wins ties. */
export function chooseBySimulation(plan: Plan, candidates: readonly (readonly AttackOption[])[], others: readonly Order[]): { best: readonly AttackOption[]; why: string } {
  let best = candidates[0];
  let bestValue = -Infinity;
  const seenKeys = new Set<string>();
  const values: string[] = [];
  candidates.forEach((c, i) => {
    const key = c.map((a) => `${a.order.from}>${a.order.target}`).join(',');
    if (seenKeys.has(key)) return;
    seenKeys.add(key);
    const v = evaluate(plan, c, others, i);
    values.push(`${key || 'no attack'}: ${v}`);
    if (v > bestValue) {
      bestValue = v;
      best = c;
    }
  });
  return { best, why: `looked ahead on our own estimates (${values.join('; ')})` };
}
