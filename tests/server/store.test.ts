// The same store tests on both databases: SQLite (node:sqlite, a file in a temp dir) and
// PostgreSQL (a throwaway server, skipped with a message when its binaries are missing).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassConfig } from '../../src/server/class-config';
import { openPostgresStore } from '../../src/server/store/postgres';
import { openSqliteStore } from '../../src/server/store/sqlite';
import type { ClassRecord, ClassStore, TurnRecord } from '../../src/server/store/store';
import { POSTGRES_MISSING, freshDatabase, hasPostgres, startPostgres, type Service } from './services';

const config: ClassConfig = { scenarioId: '2020-war', variant: null, seed: 's-1', difficulty: 'normal', teamActors: ['armenia', 'azerbaijan'], deadlineMinutes: 10 };
const record = (code: string, createdAt = 1000): ClassRecord => ({ code, config, engineVersion: 'e1', facilitatorHash: 'ab'.repeat(32), status: 'lobby', turnOpenedAt: null, createdAt });
const hold = { armenia: [{ kind: 'hold', region: 'yerevan' }], artsakh: [] } as const;

interface Backend {
  /** A new, empty store, and how to open the same one again (as after a restart). */
  open(): Promise<{ store: ClassStore; reopen: () => Promise<ClassStore> }>;
}

function storeSuite(name: string, backend: () => Backend): void {
  describe(`${name} store`, () => {
    it('creates a class once: a second class with the same code is refused and changes nothing', async () => {
      const { store } = await backend().open();
      expect(await store.createClass(record('ABCDEF'))).toBe(true);
      expect(await store.createClass({ ...record('ABCDEF'), config: { ...config, seed: 'other' } })).toBe(false);
      expect((await store.getClass('ABCDEF'))?.config.seed).toBe('s-1');
      expect(await store.getClass('ZZZZZZ')).toBeNull();
      await store.close();
    });

    it('keeps seats in the order they were taken, per class', async () => {
      const { store } = await backend().open();
      await store.createClass(record('SEATS2'));
      await store.addSeat({ code: 'SEATS2', seatId: 'b', actor: 'armenia', team: 'Blue', tokenHash: 'h1', createdAt: 5 });
      await store.addSeat({ code: 'SEATS2', seatId: 'a', actor: 'azerbaijan', team: 'Red', tokenHash: 'h2', createdAt: 6 });
      await store.addSeat({ code: 'OTHER2', seatId: 'c', actor: 'armenia', team: 'X', tokenHash: 'h3', createdAt: 1 });
      expect((await store.seats('SEATS2')).map((s) => [s.seatId, s.actor, s.team, s.tokenHash, s.createdAt])).toEqual([
        ['b', 'armenia', 'Blue', 'h1', 5],
        ['a', 'azerbaijan', 'Red', 'h2', 6],
      ]);
      await store.close();
    });

    it("replaces a team's orders for the open turn when it submits again", async () => {
      const { store } = await backend().open();
      await store.createClass(record('ORDERS'));
      await store.putOrders('ORDERS', { turn: 0, actor: 'armenia', orders: { armenia: [] }, submittedAt: 10 });
      await store.putOrders('ORDERS', { turn: 0, actor: 'armenia', orders: hold, submittedAt: 11 });
      await store.putOrders('ORDERS', { turn: 0, actor: 'azerbaijan', orders: { azerbaijan: [] }, submittedAt: 12 });
      const open = await store.openOrders('ORDERS', 0);
      expect(open.map((o) => o.actor)).toEqual(['armenia', 'azerbaijan']);
      expect(open[0]).toEqual({ turn: 0, actor: 'armenia', orders: hold, submittedAt: 11 });
      expect(await store.openOrders('ORDERS', 1)).toEqual([]);
      await store.close();
    });

    it('stores a resolved turn, drops its open orders and moves the class on, all at once', async () => {
      const { store } = await backend().open();
      await store.createClass(record('TURNSX'));
      await store.setStatus('TURNSX', 'running', 100);
      await store.putOrders('TURNSX', { turn: 0, actor: 'armenia', orders: hold, submittedAt: 110 });
      await store.addTurn('TURNSX', { turn: 0, orders: hold, hash: '0123456789abcdef', reason: 'all', resolvedAt: 120 }, { log: '[]', state: '{"turn":1}' }, 'running', 120);
      expect(await store.turns('TURNSX')).toEqual([{ turn: 0, orders: hold, hash: '0123456789abcdef', reason: 'all', resolvedAt: 120 }]);
      expect(await store.openOrders('TURNSX', 0)).toEqual([]);
      expect((await store.getClass('TURNSX'))?.turnOpenedAt).toBe(120);
      // Storing turn 0 again fails, and takes nothing with it: the new open orders and the status stay.
      await store.putOrders('TURNSX', { turn: 0, actor: 'azerbaijan', orders: { azerbaijan: [] }, submittedAt: 130 });
      await expect(store.addTurn('TURNSX', { turn: 0, orders: {}, hash: 'ffffffffffffffff', reason: 'facilitator', resolvedAt: 140 }, { log: '[1]', state: '{}' }, 'ended', null)).rejects.toThrow();
      expect((await store.openOrders('TURNSX', 0)).map((o) => o.actor)).toEqual(['azerbaijan']);
      const c = await store.getClass('TURNSX');
      expect([c?.status, c?.turnOpenedAt]).toEqual(['running', 120]);
      expect((await store.turns('TURNSX')).map((t) => t.hash)).toEqual(['0123456789abcdef']);
      expect(await store.turnResults('TURNSX')).toEqual([{ turn: 0, log: '[]', state: '{"turn":1}' }]);
      await store.close();
    });

    it("keeps every turn's log and only the last turn's state, as written, and finds them after a restart", async () => {
      const { store, reopen } = await backend().open();
      await store.createClass(record('RESULT'));
      await store.createClass(record('OTHER3'));
      const turn = (n: number): TurnRecord => ({ turn: n, orders: hold, hash: `${n}`.repeat(16), reason: 'all', resolvedAt: 200 + n });
      for (const n of [0, 1, 2]) await store.addTurn('RESULT', turn(n), { log: `[{"turn":${n}}]`, state: `{"turn":${n + 1}}` }, 'running', 200 + n);
      await store.addTurn('OTHER3', turn(0), { log: '[]', state: '{"other":true}' }, 'running', 300);
      await store.close();
      const again = await reopen();
      expect(await again.turnResults('RESULT')).toEqual([
        { turn: 0, log: '[{"turn":0}]', state: null },
        { turn: 1, log: '[{"turn":1}]', state: null },
        { turn: 2, log: '[{"turn":2}]', state: '{"turn":3}' },
      ]);
      expect(await again.turnResults('OTHER3')).toEqual([{ turn: 0, log: '[]', state: '{"other":true}' }]);
      expect(await again.turnResults('NONE00')).toEqual([]);
      await again.close();
    });

    it('numbers each class journal in order, and lists the classes not ended that were active lately', async () => {
      const { store } = await backend().open();
      await store.createClass(record('JOURN1', 1));
      await store.createClass(record('JOURN2', 2));
      await store.addEvent('JOURN1', 5, 'class.created', { a: 1 });
      await store.addEvent('JOURN2', 6, 'class.created', null);
      await store.addEvent('JOURN1', 7, 'seat.joined', { team: 'Blue' });
      expect(await store.events('JOURN1')).toEqual([
        { seq: 1, at: 5, kind: 'class.created', data: { a: 1 } },
        { seq: 2, at: 7, kind: 'seat.joined', data: { team: 'Blue' } },
      ]);
      expect(await store.openClasses(0)).toEqual(['JOURN1', 'JOURN2']);
      await store.setStatus('JOURN2', 'ended', null);
      expect(await store.openClasses(0)).toEqual(['JOURN1']);
      expect(await store.openClasses(2)).toEqual([]);
      await store.setStatus('JOURN1', 'running', 50);
      expect(await store.openClasses(40)).toEqual(['JOURN1']);
      await store.close();
    });

    it('finds everything again when opened anew, as after a restart', async () => {
      const { store, reopen } = await backend().open();
      await store.createClass(record('AGAIN2'));
      await store.addSeat({ code: 'AGAIN2', seatId: 's', actor: 'armenia', team: 'Blue', tokenHash: 'h', createdAt: 3 });
      await store.putOrders('AGAIN2', { turn: 0, actor: 'armenia', orders: hold, submittedAt: 4 });
      await store.close();
      const again = await reopen();
      expect((await again.getClass('AGAIN2'))?.code).toBe('AGAIN2');
      expect((await again.seats('AGAIN2')).length).toBe(1);
      expect((await again.openOrders('AGAIN2', 0))[0].orders).toEqual(hold);
      await again.close();
    });
  });
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

storeSuite('SQLite', () => ({
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'karabakh-store-'));
    dirs.push(dir);
    return { store: await openSqliteStore(dir), reopen: () => openSqliteStore(dir) };
  },
}));

if (!hasPostgres()) {
  describe.skip('PostgreSQL store', () => {
    it(POSTGRES_MISSING, () => undefined);
  });
  console.warn(POSTGRES_MISSING);
} else {
  let service: Service;
  let n = 0;
  beforeAll(async () => {
    service = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await service?.stop();
  });
  storeSuite('PostgreSQL', () => ({
    async open() {
      const url = await freshDatabase(service, `store_${++n}`);
      return { store: await openPostgresStore(url), reopen: () => openPostgresStore(url) };
    },
  }));
}
