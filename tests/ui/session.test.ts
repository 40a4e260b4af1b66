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

  it('saves and restores the same game, and rebuilds it from its replay', () => {
    const s = start('turkey');
    s.endTurn();
    s.endTurn();
    const restored = GameSession.restore(scenario, JSON.parse(JSON.stringify(s.save())));
    if (!restored.ok) throw new Error(restored.message);
    expect(hashState(restored.session.state)).toBe(hashState(s.state));
    const rebuilt = GameSession.fromReplay(scenario, s.replay, s.config);
    expect(rebuilt.ok && hashState(rebuilt.session.state)).toBe(hashState(s.state));
  });

  it('refuses a save from another engine version, an edited one and a damaged one, saying why', () => {
    const s = start('turkey');
    s.endTurn();
    const copy = (): { state: Record<string, unknown>; replay: Record<string, unknown> } & Record<string, unknown> => JSON.parse(JSON.stringify(s.save()));
    const refused = (save: unknown): string => {
      const r = GameSession.restore(scenario, save as Parameters<typeof GameSession.restore>[1]);
      if (r.ok) throw new Error('the save was accepted');
      return r.message;
    };
    const old = copy();
    old.state.engineVersion = '0.0.1';
    old.replay.engineVersion = '0.0.1';
    expect(refused(old)).toMatch(/saved by engine 0\.0\.1; this build plays engine/);
    const edited = copy();
    (edited.state as { tension: number }).tension += 1;
    expect(refused(edited)).toMatch(/damaged or was edited: its state hashes to [0-9a-f]{16}, but its replay recorded [0-9a-f]{16} after turn 1/);
    const floaty = copy();
    (floaty.state as { tension: number }).tension = 0.5;
    expect(refused(floaty)).toMatch(/damaged/);
    const { replay: _dropped, ...noReplay } = copy();
    expect(refused(noReplay)).toMatch(/replay/);
    expect(refused(null)).toMatch(/not a saved game/);
  });
});
