import { describe, expect, it } from 'vitest';
import { hashState, verifyReplay } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { newsFeed } from '../../src/ui/news';
import { GameSession } from '../../src/ui/session';

const scenario = SCENARIOS['2020-war'];

function start(human: string): GameSession {
  const made = GameSession.start(scenario, { scenarioId: scenario.id, seed: 'session-test', human, difficulty: 'normal', variant: null });
  if (!made.ok) throw new Error(made.message);
  return made.session;
}

describe('a browser game session', () => {
  it('lists legal orders by region, refuses what the budget cannot pay, and resolves the turn', () => {
    const s = start('azerbaijan');
    const region = s.regionsWithOrders()[0];
    const opts = s.optionsInRegion(region);
    expect(opts.length).toBeGreaterThan(0);
    expect(opts.every((o) => o.title.length > 0 && o.text.length > 0)).toBe(true);
    const attack = s.regionsWithOrders().flatMap((r) => s.optionsInRegion(r)).find((o) => o.order.kind === 'attack');
    expect(attack?.odds?.chancePct).toBeGreaterThanOrEqual(0);
    expect(s.addOrder(opts[0].actor, opts[0].order).ok).toBe(true);
    const res = s.endTurn();
    expect(res.ok).toBe(true);
    expect(s.state.turn).toBe(1);
    expect(s.pending).toEqual([]);
    expect(newsFeed(s.lastTurnLog()).length).toBeGreaterThan(0);
    expect(verifyReplay(s.replay, scenario)).toMatchObject({ ok: true, finalHash: hashState(s.state) });
  });

  it('says when a support package would arrive, and why it is late once Georgia has closed its routes', () => {
    const s = start('turkey');
    const sub = (pkg: string) => s.optionsOffBoard().find((o) => o.order.kind === 'support' && o.order.package === pkg && o.order.client === 'azerbaijan' && !o.order.covert)?.sub;
    expect(s.state.thirdParties.georgia).toBeUndefined();
    expect(sub('drones')).toMatch(/arrives next week$/);
    for (let i = 0; i < 4 && s.state.thirdParties.georgia === undefined; i++) expect(s.endTurn().ok).toBe(true);
    expect(s.state.thirdParties.georgia.routesOpen).toBe(false);
    expect(sub('drones')).toMatch(/arrives in 2 weeks \(Georgia closed to military cargo/);
    expect(sub('diplomatic-cover')).toMatch(/arrives this week$/);
  });

  it('lets Armenia give Artsakh’s orders', () => {
    const s = start('armenia');
    expect(s.commanded()).toEqual(['armenia', 'artsakh']);
    expect(s.regionsWithOrders().some((r) => s.optionsInRegion(r).some((o) => o.actor === 'artsakh'))).toBe(true);
  });

  it('rebuilds a game from its replay with the engine: the same state, replay and log', () => {
    const s = start('turkey');
    s.endTurn();
    s.endTurn();
    const rebuilt = GameSession.rebuild(scenario, JSON.parse(JSON.stringify(s.replay)), s.config);
    if (!rebuilt.ok) throw new Error(rebuilt.message);
    expect(hashState(rebuilt.session.state)).toBe(hashState(s.state));
    expect(rebuilt.session.replay).toEqual(s.replay);
    expect(rebuilt.session.log).toEqual(s.log);
    const otherSeed = GameSession.rebuild(scenario, s.replay, { ...s.config, seed: 'another' });
    expect(otherSeed).toMatchObject({ ok: false, message: expect.stringMatching(/another opening position/) });
  });
});
