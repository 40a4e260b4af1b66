// A class's game on its own: resolved turns rebuilt from the seed and the stored orders, each
// stored hash checked; teams that do not submit hold; orders limited to the team's actors.
import { describe, expect, it } from 'vitest';
import type { ClassConfig } from '../../src/server/class-config';
import { ClassGame } from '../../src/server/class-game';
import { plainData } from '../../src/server/plain-data';
import type { TurnRecord } from '../../src/server/store/store';

const config: ClassConfig = { scenarioId: '2020-war', variant: null, seed: 'game-unit-1', difficulty: 'easy', teamActors: ['azerbaijan', 'armenia'], deadlineMinutes: null };

function played(turns: number): { game: ClassGame; records: TurnRecord[] } {
  const start = ClassGame.start(config);
  if (!start.ok) throw new Error(start.message);
  const records: TurnRecord[] = [];
  for (let i = 0; i < turns; i++) {
    const r = start.game.resolve();
    if (!r.ok) throw new Error(r.message);
    start.game.commit(r);
    records.push({ turn: r.turn, orders: r.orders, hash: r.hash, reason: 'all', resolvedAt: i });
  }
  return { game: start.game, records };
}

describe('class game', () => {
  it('rebuilds a class from its seed and stored turns to the same hash and log', () => {
    const { game, records } = played(3);
    const again = ClassGame.rebuild(config, records, []);
    if (!again.ok) throw new Error(again.message);
    expect(again.game.hash()).toBe(game.hash());
    expect(again.game.turn).toBe(3);
    expect(again.game.log).toEqual(game.log);
  });

  it('refuses to resume a class whose stored hash differs, naming the turn', () => {
    const { records } = played(2);
    const tampered = [records[0], { ...records[1], hash: '0000000000000000' }];
    expect(ClassGame.rebuild(config, tampered, [])).toMatchObject({ ok: false, code: 'ERR_CLASS_DIVERGED', message: expect.stringMatching(/Stored turn 2/) });
    expect(ClassGame.rebuild(config, [records[1]], [])).toMatchObject({ ok: false, code: 'ERR_CLASS_DAMAGED' });
  });

  it('holds for a team that did not submit, and plays the computer actors', () => {
    const { game } = played(0);
    game.submit('azerbaijan', { azerbaijan: [] });
    const r = game.resolve();
    if (!r.ok) throw new Error(r.message);
    expect(r.orders.armenia).toEqual([]);
    expect(r.orders.artsakh).toEqual([]);
    expect(Object.keys(r.orders)).toContain('russia');
  });

  it("takes a team's orders only for its actor and those it commands", () => {
    const { game } = played(0);
    expect(game.commanded('armenia')).toEqual(['armenia', 'artsakh']);
    expect(game.checkOrders('armenia', { artsakh: [] })).toMatchObject({ ok: true, orders: { armenia: [], artsakh: [] } });
    expect(game.checkOrders('armenia', { turkey: [] })).toMatchObject({ ok: false, code: 'ERR_NOT_YOUR_ACTOR' });
    expect(game.checkOrders('armenia', [])).toMatchObject({ ok: false, code: 'ERR_BAD_ORDERS' });
  });
});

describe('plain data', () => {
  it('rebuilds plain data and refuses what is not, saying where', () => {
    expect(plainData({ a: [1, 'x', null, true, { b: -2 }] })).toEqual({ ok: true, value: { a: [1, 'x', null, true, { b: -2 }] } });
    expect(plainData({ a: [1.5] })).toMatchObject({ ok: false, message: expect.stringContaining('$.a[0] must be a whole number') });
    expect(plainData({ when: new Date(0) })).toMatchObject({ ok: false, message: expect.stringContaining('$.when is not plain data') });
    expect(plainData(JSON.parse('{"__proto__": {"x": 1}}'))).toMatchObject({ ok: false, message: expect.stringContaining('field name') });
    expect(plainData(Array.from({ length: 5000 }, () => 0))).toMatchObject({ ok: false });
  });
});
