// A class's game on its own: resumed from the state stored after its last turn once that state's
// hash checks, else rebuilt from the seed and the stored orders, each stored hash checked; teams
// that do not submit hold; orders limited to the team's actors.
import { describe, expect, it } from 'vitest';
import type { ClassConfig } from '../../src/server/class-config';
import { hashState } from '../../src/engine';
import { ClassGame, turnResult } from '../../src/server/class-game';
import { plainData } from '../../src/server/plain-data';
import type { SubmittedOrders, TurnRecord, TurnResult } from '../../src/server/store/store';

const config: ClassConfig = { scenarioId: '2020-war', variant: null, seed: 'game-unit-1', difficulty: 'easy', teamActors: ['azerbaijan', 'armenia'], deadlineMinutes: null };

function played(turns: number): { game: ClassGame; records: TurnRecord[]; results: TurnResult[] } {
  const start = ClassGame.start(config);
  if (!start.ok) throw new Error(start.message);
  const records: TurnRecord[] = [];
  const results: TurnResult[] = [];
  for (let i = 0; i < turns; i++) {
    const r = start.game.resolve();
    if (!r.ok) throw new Error(r.message);
    start.game.commit(r);
    records.push({ turn: r.turn, orders: r.orders, hash: r.hash, reason: 'all', resolvedAt: i });
    // As the store keeps them: every turn's log, the state after the last turn only.
    results.forEach((x, j) => (results[j] = { ...x, state: null }));
    results.push({ turn: r.turn, ...turnResult(r) });
  }
  return { game: start.game, records, results };
}

function restored(records: readonly TurnRecord[], results: readonly TurnResult[], open: readonly SubmittedOrders[] = []): { game: ClassGame; replayed: string | null } {
  const r = ClassGame.restore(config, records, results, open);
  if (!r.ok) throw new Error(r.message);
  return r;
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

  it("resumes from the stored state without replaying: turns whose orders no longer play don't matter", () => {
    const { game, records, results } = played(3);
    // Orders the engine would refuse: replaying them would fail, the stored state needs none of them.
    const unplayable = records.map((t) => ({ ...t, orders: { azerbaijan: [{ kind: 'no-such-order' }] } as unknown as TurnRecord['orders'] }));
    expect(ClassGame.rebuild(config, unplayable, [])).toMatchObject({ ok: false, code: 'ERR_CLASS_DAMAGED' });
    const again = restored(unplayable, results);
    expect(again.replayed).toBeNull();
    expect(again.game.hash()).toBe(game.hash());
    expect(hashState(again.game.state)).toBe(game.hash());
    expect(again.game.turn).toBe(3);
    expect(again.game.log).toEqual(game.log);
    expect(again.game.lastTurnLog()).toEqual(game.lastTurnLog());
    // The replay (made only when asked for) is the one the class played, opening hash included.
    expect(again.game.replay).toEqual({ ...game.replay, turns: game.replay.turns.map((t, i) => ({ ...t, orders: unplayable[i].orders })) });
    expect(Object.isFrozen(again.game.state.actors)).toBe(true);
    // A state stored before seals (its JSON alone) resumes too, checked by its hash.
    const last = results[2];
    const before = restored(unplayable, [...results.slice(0, 2), { ...last, state: last.state!.slice(last.state!.indexOf('\n') + 1) }]);
    expect(before.replayed).toBeNull();
    expect(before.game.hash()).toBe(game.hash());
  });

  it("keeps the open turn's stored submissions when it resumes from the stored state", () => {
    const { records, results } = played(2);
    const open: SubmittedOrders[] = [{ turn: 2, actor: 'azerbaijan', orders: { azerbaijan: [] }, submittedAt: 9 }, { turn: 1, actor: 'armenia', orders: { armenia: [] }, submittedAt: 8 }];
    const again = restored(records, results, open);
    expect(again.replayed).toBeNull();
    expect([...again.game.submissions().keys()]).toEqual(['azerbaijan']);
  });

  it('replays the turns instead, every hash checked, when the stored state does not match its turn, and says why', () => {
    const { game, records, results } = played(3);
    const last = results[2];
    const changed = last.state!.replace('"turn":3', '"turn":4');
    expect(changed).not.toBe(last.state);
    // A state stored before seals (its JSON alone) is checked by its hash.
    const unsealed = last.state!.slice(last.state!.indexOf('\n') + 1);
    const changedUnsealed = unsealed.replace('"turn":3', '"turn":4');
    const cases: [TurnResult[], RegExp][] = [
      [[...results.slice(0, 2), { ...last, state: changed }], /is damaged, or is not the one of its recorded hash: its seal \(SHA-256\) does not match/],
      [[...results.slice(0, 2), { ...last, state: last.state!.slice(0, 500) }], /is damaged/],
      [[...results.slice(0, 2), { ...last, state: changedUnsealed }], /hashes to [0-9a-f]{16}, not the recorded/],
      [[...results.slice(0, 2), { ...last, state: unsealed.slice(0, 500) }], /not JSON/],
      [[...results.slice(0, 2), { ...last, state: null }], /no state is stored after turn 3/],
      [[results[0], { ...results[1], log: results[2].log }, last], /log of turn 2 is not that turn's/],
      [[], /3 turns are stored but 0 results/],
    ];
    for (const [damaged, why] of cases) {
      const again = restored(records, damaged);
      expect(again.replayed).toMatch(why);
      expect(again.game.hash()).toBe(game.hash());
      expect(again.game.log).toEqual(game.log);
    }
  });

  it('refuses a class whose stored state is unusable and whose replay diverges', () => {
    const { records, results } = played(2);
    const tampered = [records[0], { ...records[1], hash: '0000000000000000' }];
    expect(ClassGame.restore(config, tampered, results, [])).toMatchObject({ ok: false, code: 'ERR_CLASS_DIVERGED', message: expect.stringMatching(/Stored turn 2/) });
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
