// simulateTurn (the look-ahead's turn on a mutable working copy) must reach exactly the state
// resolveTurn reaches (with its sharing and freezing), and so must resolveTurnQuiet (verifying a
// replay: resolveTurn with a quiet log): the computer actors plan on it, and a divergence would make
// them plan on rules the game does not play. Checked on whole games of random legal orders
// (seeded with fast-check), on computer-played games, and on the states the computer actors
// plan on (rebuilt from their views).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideAll, stateFromView } from '../../src/ai';
import { freezeRecords, hashState, newGame, resolveTurn, simulateTurn, viewFor, type GameState, type OrdersByActor } from '../../src/engine';
import { openDice, seedRng } from '../../src/engine/rng';
import { resolveTurnQuiet } from '../../src/engine/turn';
import { workingCopy } from '../../src/engine/working-copy';
import { SCENARIOS } from '../../src/scenario';
import { pickOrders } from './order-picker';

const FC_SEED = 20200928;

function start(scenario: string, seed: string, variant: string | null = null): GameState {
  const g = newGame(SCENARIOS[scenario], seed, { variant });
  if (!g.ok) throw new Error(g.message);
  return g.state;
}

/** Resolve with both; fail with the turn if the hashes differ; return resolveTurn's state. */
function both(state: GameState, orders: OrdersByActor, where: string): GameState {
  const real = resolveTurn(state, orders);
  const sim = simulateTurn(state, orders);
  if (!real.ok || !sim.ok) throw new Error(`${where}: refused (${real.ok ? '' : real.message} ${sim.ok ? '' : sim.message})`);
  expect(hashState(sim.state), `${where}, turn ${state.turn + 1}`).toBe(hashState(real.state));
  const quiet = resolveTurnQuiet(state, orders);
  if (!quiet.ok) throw new Error(`${where}: resolveTurnQuiet refused (${quiet.message})`);
  expect(hashState(quiet.state), `${where}, turn ${state.turn + 1}, quiet`).toBe(hashState(real.state));
  return real.state;
}

describe('simulateTurn reaches the same state as resolveTurn', () => {
  it('on games of random legal orders, both scenarios', () => {
    fc.assert(
      fc.property(fc.constantFrom('2020-war', '2020-full'), fc.integer({ min: 1, max: 1_000_000 }), (scenario, n) => {
        let s = start(scenario, `sim-${n}`);
        const dice = openDice(seedRng(`sim-picker-${n}`));
        for (let t = 0; t < 12 && !s.ended; t++) s = both(s, pickOrders(s, dice), `${scenario} sim-${n}`);
      }),
      { seed: FC_SEED, numRuns: 12 },
    );
  });

  it('on computer-played games, in every variant, and on the states the computer actors plan on', () => {
    for (const variant of [null, 'no-turkish-drones', 'russia-defends-karabakh']) {
      let s = start('2020-war', `sim-ai-${variant}`, variant);
      while (!s.ended) {
        const decisions = decideAll(s);
        const orders: OrdersByActor = {};
        for (const id of Object.keys(decisions)) orders[id] = decisions[id].orders;
        // What each computer actor plans on: its view rebuilt as a state, with its own orders.
        for (const id of Object.keys(orders)) both(stateFromView(s, viewFor(s, id), id), { [id]: orders[id] }, `${variant} seen by ${id}`);
        s = both(s, orders, `${variant}`);
      }
    }
  });

  it('leaves its input untouched, and refuses what resolveTurn refuses', () => {
    const s = structuredClone(start('2020-war', 'sim-input'));
    const before = hashState(s);
    const dice = openDice(seedRng('sim-input-picker'));
    const orders = pickOrders(s, dice);
    expect(simulateTurn(s, orders).ok).toBe(true);
    expect(hashState(s)).toBe(before);
    const bad = { armenia: [{ kind: 'hold', region: 'atlantis' }] } as unknown as OrdersByActor;
    const real = resolveTurn(s, bad);
    const sim = simulateTurn(s, bad);
    expect(real.ok).toBe(false);
    expect(sim).toEqual(real);
    expect(hashState(s)).toBe(before);
  });
});

describe('workingCopy', () => {
  // It builds each record from its field table (engine/fields.ts): a field added to the data model
  // and left out of its table would vanish from every look-ahead and batch turn. (An optional
  // field the source leaves out is present as undefined in the copy: JSON and the hash skip it.)
  it('holds every field of the state it copies, mid-game, in both scenarios', () => {
    for (const scenario of ['2020-war', '2020-full']) {
      let s = start(scenario, `copy-${scenario}`);
      const dice = openDice(seedRng(`copy-picker-${scenario}`));
      for (let t = 0; t < 6 && !s.ended; t++) {
        expect(workingCopy(s), `${scenario}, turn ${s.turn}`).toEqual(s);
        const next = resolveTurn(s, pickOrders(s, dice));
        if (!next.ok) throw new Error(next.message);
        s = next.state;
      }
    }
  });
});

describe('freezeRecords (batch games keep the working copy as the next state)', () => {
  it('freezes the records a view shares, so views share them instead of copying; the state and its hash are unchanged', () => {
    const s0 = start('2020-war', 'freeze-records');
    const res = simulateTurn(s0, pickOrders(s0, openDice(seedRng('freeze-records-picker'))));
    if (!res.ok) throw new Error(res.message);
    const s = res.state;
    const before = hashState(s);
    const armenia = s.actors.armenia;
    const own = Object.keys(armenia.forces)[0];
    // Unfrozen, a view copies what it shows.
    expect(viewFor(s, 'armenia').actors.armenia.relations).not.toBe(armenia.relations);
    freezeRecords(s);
    expect(hashState(s)).toBe(before);
    for (const id of s.actorOrder) {
      const a = s.actors[id];
      for (const rec of [a.influence, a.relations, a.casualties, ...Object.values(a.forces)]) expect(Object.isFrozen(rec), id).toBe(true);
    }
    // Lists stay editable: the next turn's working copy copies them anyway, and frozen lists are slow to walk.
    expect(Object.isFrozen(s.wars)).toBe(false);
    const v = viewFor(s, 'armenia');
    expect(v.actors.armenia.relations).toBe(armenia.relations);
    expect(v.regions[own].forces.find((f) => f.actor === 'armenia')?.forces).toBe(armenia.forces[own]);
    // The next turn still plays from it, and the same as from an unfrozen copy.
    const orders = pickOrders(s, openDice(seedRng('freeze-records-next')));
    const next = simulateTurn(s, orders);
    const fromCopy = simulateTurn(structuredClone(s), orders);
    if (!next.ok || !fromCopy.ok) throw new Error('refused');
    expect(hashState(next.state)).toBe(hashState(fromCopy.state));
  });
});
