// A small in-process batch per variant, checking the direction of each counterfactual's effect
// and that the baseline mostly looks like 2020. Behaviour, not constants: see docs/calibration.md.
import { setAutoFreeze } from 'immer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playGame } from '../../src/cli/game-loop';
import { batchOdds, meanHeld } from '../../src/analysis/odds';
import { summarise, type GameSummary } from '../../src/analysis/summary';
import { SCENARIOS } from '../../src/scenario';

const GAMES = 40;
const scenario = SCENARIOS['2020-war'];
const contested = scenario.regions.filter((r) => r.zone === 'nkao' || r.zone === 'district').map((r) => r.id);
const southern = ['fuzuli', 'jabrayil', 'zangilan', 'qubadli', 'hadrut'];
const side = (a: string): string => scenario.actors.find((x) => x.id === a)?.commandedBy ?? a;

function batch(variant: string | null): GameSummary[] {
  const out: GameSummary[] = [];
  for (let i = 1; i <= GAMES; i++) {
    const r = playGame(scenario, `cal-${i}`, { variant });
    if (!r.ok) throw new Error(r.message);
    out.push(summarise(r.game.state));
  }
  return out;
}

const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

describe('calibration of 2020-war (computer against computer)', () => {
  let base: GameSummary[];
  let noDrones: GameSummary[];
  let russia: GameSummary[];
  beforeAll(() => {
    setAutoFreeze(false);
    base = batch(null);
    noDrones = batch('no-turkish-drones');
    russia = batch('russia-defends-karabakh');
  }, 300_000);
  afterAll(() => setAutoFreeze(true));

  it('baseline: Azerbaijan takes most southern districts, and Russia brokers a settlement with peacekeepers in most games', () => {
    const south = mean(base.map((g) => southern.filter((r) => g.control[r] === 'azerbaijan').length));
    expect(south).toBeGreaterThan(southern.length / 2);
    const odds = batchOdds(base);
    expect(odds.warEnd.settlement ?? 0).toBeGreaterThan(50);
    expect(odds.peacekeepers.russia ?? 0).toBeGreaterThan(50);
    expect(odds.monitors.turkey ?? 0).toBeGreaterThan(50);
    expect(odds.warLength.median).toBeGreaterThanOrEqual(4);
  });

  it('without Turkish drones the Armenian side holds more', () => {
    const held = (gs: GameSummary[]): number => meanHeld(gs, contested, side).armenia ?? 0;
    expect(held(noDrones)).toBeGreaterThan(held(base));
  });

  it('with Russia defending Karabakh the war ends sooner and Turkey gains less', () => {
    expect(mean(russia.map((g) => g.warLength))).toBeLessThan(mean(base.map((g) => g.warLength)));
    expect(mean(russia.map((g) => g.scores.turkey))).toBeLessThan(mean(base.map((g) => g.scores.turkey)));
  });
});
