// Hard difficulty's look-ahead gives the main enemy a reply (its own greedy attacks, worked out
// on the same rebuilt state from its side); normal and easy play against a passive enemy, as before.
import { describe, expect, it } from 'vitest';
import { chooseOrders, ordersForAll } from '../../src/ai';
import { CANDIDATES, MODELS_REPLY, chooseBySimulation, enemyReply, mainEnemy } from '../../src/ai/lookahead';
import { newPlan } from '../../src/ai/plan';
import { attackOptions, greedyAttacks, minChance } from '../../src/ai/war';
import { fullForces, newGame, resolveTurn, type GameState } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';

/**
 * Artsakh holds Shusha with its main force; Azerbaijan has taken the south and Martuni, and has
 * a strong stack there, next to Shusha. Hadrut, Artsakh's next priority, is empty: Artsakh could
 * walk in from Shusha — leaving only a garrison in Shusha, which Azerbaijan is about to attack.
 */
function exposedShusha(): GameState {
  const res = newGame(SCENARIOS['2020-war'], 'reply-case', { variant: null });
  if (!res.ok) throw new Error(res.message);
  const s = structuredClone<GameState>(res.state);
  s.turn = 1;
  // The scenario's scheduled events (their rolls, Stepanakert shelled in week 2) are not what this case is about.
  s.pendingEvents = [];
  for (const r of ['jabrayil', 'fuzuli', 'hadrut', 'zangilan', 'qubadli', 'martuni']) {
    s.regions[r].controller = 'azerbaijan';
    s.regions[r].capturedTurn = 0;
  }
  for (const id of ['artsakh', 'azerbaijan', 'armenia']) s.actors[id].forces = {};
  for (const r of ['stepanakert', 'askeran', 'mardakert']) s.actors.artsakh.forces[r] = fullForces({ infantry: 1 });
  s.actors.artsakh.forces.shusha = fullForces({ infantry: 10, armour: 2, artillery: 3, airDefence: 2 });
  s.actors.azerbaijan.forces.martuni = fullForces({ infantry: 12, armour: 6, artillery: 5, drones: 2 });
  return s;
}

describe('look-ahead with the enemy reply (hard)', () => {
  it('only hard models a reply', () => {
    expect(MODELS_REPLY).toEqual({ easy: false, normal: false, hard: true });
    expect(CANDIDATES.hard).toBeGreaterThan(CANDIDATES.normal);
  });

  it('works out the main enemy\'s reply from that enemy\'s side: its own greedy attacks on our estimates', () => {
    const plan = newPlan(exposedShusha(), 'artsakh', 'hard');
    expect(mainEnemy(plan)).toBe('azerbaijan');
    const reply = enemyReply(plan);
    expect(reply?.actor).toBe('azerbaijan');
    expect(reply?.orders).toContainEqual(expect.objectContaining({ kind: 'attack', from: 'martuni', target: 'shusha' }));
    expect(reply?.text).toMatch(/Azerbaijan attacking Shusha .* from Martuni/);
  });

  it('with the reply modelled it keeps its force in Shusha; against a passive enemy it would walk into Hadrut', () => {
    const plan = newPlan(exposedShusha(), 'artsakh', 'hard');
    const options = attackOptions(plan);
    const greedy = greedyAttacks(plan, options, minChance(plan), false);
    expect(greedy.map((a) => `${a.order.from}>${a.order.target}`)).toEqual(['shusha>hadrut']);
    const sets = [greedy, []];
    const passive = chooseBySimulation(plan, sets, [], { reply: false });
    const replied = chooseBySimulation(plan, sets, [], { reply: true });
    expect(passive.best).toHaveLength(1);
    expect(replied.best).toHaveLength(0);
    expect(passive.why).not.toMatch(/reply/);
    expect(replied.why).toMatch(/expecting the enemy's reply \(Azerbaijan attacking Shusha/);
  });

  it('a hard actor\'s reasons say what reply it expected, and its orders follow; normal does not model one', () => {
    const s = exposedShusha();
    const hard = chooseOrders(s, 'artsakh', { difficulty: 'hard' });
    expect(hard.reasons.some((r) => /looked ahead on our own estimates, expecting the enemy's reply \(Azerbaijan attacking Shusha/.test(r))).toBe(true);
    expect(hard.orders.some((o) => o.kind === 'attack')).toBe(false);
    const normal = chooseOrders(s, 'artsakh', { difficulty: 'normal' });
    expect(normal.reasons.some((r) => /reply/.test(r))).toBe(false);
    expect(normal.orders).toContainEqual(expect.objectContaining({ kind: 'attack', from: 'shusha', target: 'hadrut' }));
  });

  it('normal and easy never mention a reply over a played game; hard does', () => {
    const res = newGame(SCENARIOS['2020-war'], 'reply-game', { variant: null });
    if (!res.ok) throw new Error(res.message);
    let s = res.state;
    let hardMentions = 0;
    for (let t = 0; t < 4 && !s.ended; t++) {
      for (const actor of ['azerbaijan', 'armenia', 'artsakh']) {
        for (const difficulty of ['easy', 'normal'] as const) expect(chooseOrders(s, actor, { difficulty }).reasons.some((r) => /reply/.test(r))).toBe(false);
        if (chooseOrders(s, actor, { difficulty: 'hard' }).reasons.some((r) => /expecting the enemy's reply/.test(r))) hardMentions++;
      }
      const next = resolveTurn(s, ordersForAll(s, { difficulty: 'normal' }));
      if (!next.ok) throw new Error(next.message);
      s = next.state;
    }
    expect(hardMentions).toBeGreaterThan(0);
  }, 60_000);
});
