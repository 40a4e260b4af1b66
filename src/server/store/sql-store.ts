// The store's queries, written once for both databases: plain SQL that SQLite and PostgreSQL
// read alike ($1-style parameters, INSERT … ON CONFLICT, TEXT for JSON, BIGINT for times).
import type { ClassRecord, ClassStatus, ClassStore, EventRecord, SeatRecord, SubmittedOrders, TurnRecord, TurnResult } from './store';

export type Row = Record<string, unknown>;

/** A database connection as the store uses it. */
export interface Sql {
  /** Runs a statement; the number of rows it changed. */
  run(sql: string, params: readonly unknown[]): Promise<number>;
  all(sql: string, params: readonly unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction: all of it is written, or none. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const SCHEMA: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS classes (code TEXT PRIMARY KEY, config TEXT NOT NULL, engine_version TEXT NOT NULL,
     facilitator_hash TEXT NOT NULL, status TEXT NOT NULL, turn_opened_at BIGINT, created_at BIGINT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS seats (code TEXT NOT NULL, seat_id TEXT NOT NULL, actor TEXT NOT NULL, team TEXT NOT NULL,
     token_hash TEXT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (code, seat_id))`,
  `CREATE TABLE IF NOT EXISTS open_orders (code TEXT NOT NULL, turn INTEGER NOT NULL, actor TEXT NOT NULL, orders TEXT NOT NULL,
     submitted_at BIGINT NOT NULL, PRIMARY KEY (code, turn, actor))`,
  `CREATE TABLE IF NOT EXISTS turns (code TEXT NOT NULL, turn INTEGER NOT NULL, orders TEXT NOT NULL, hash TEXT NOT NULL,
     reason TEXT NOT NULL, resolved_at BIGINT NOT NULL, PRIMARY KEY (code, turn))`,
  `CREATE TABLE IF NOT EXISTS turn_results (code TEXT NOT NULL, turn INTEGER NOT NULL, log TEXT NOT NULL, state TEXT,
     PRIMARY KEY (code, turn))`,
  `CREATE TABLE IF NOT EXISTS events (code TEXT NOT NULL, seq INTEGER NOT NULL, at BIGINT NOT NULL, kind TEXT NOT NULL,
     data TEXT NOT NULL, PRIMARY KEY (code, seq))`,
  // The facilitator's console (issue 18): pause, deadlines, computer and muted teams, press, each turn's inputs.
  `CREATE TABLE IF NOT EXISTS console_notes (code TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (code, key))`,
];

const num = (v: unknown): number => Number(v);
const json = <T>(v: unknown): T => JSON.parse(String(v)) as T;

function classOf(r: Row): ClassRecord {
  return {
    code: String(r.code),
    config: json(r.config),
    engineVersion: String(r.engine_version),
    facilitatorHash: String(r.facilitator_hash),
    status: String(r.status) as ClassStatus,
    turnOpenedAt: r.turn_opened_at === null ? null : num(r.turn_opened_at),
    createdAt: num(r.created_at),
  };
}

function seatOf(r: Row): SeatRecord {
  return { code: String(r.code), seatId: String(r.seat_id), actor: String(r.actor), team: String(r.team), tokenHash: String(r.token_hash), createdAt: num(r.created_at) };
}

export class SqlStore implements ClassStore {
  constructor(private readonly sql: Sql) {}

  /** Creates the tables if they are missing. */
  async migrate(): Promise<void> {
    for (const ddl of SCHEMA) await this.sql.run(ddl, []);
  }

  async createClass(c: ClassRecord): Promise<boolean> {
    const n = await this.sql.run(
      `INSERT INTO classes (code, config, engine_version, facilitator_hash, status, turn_opened_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO NOTHING`,
      [c.code, JSON.stringify(c.config), c.engineVersion, c.facilitatorHash, c.status, c.turnOpenedAt, c.createdAt],
    );
    return n === 1;
  }

  async getClass(code: string): Promise<ClassRecord | null> {
    const rows = await this.sql.all('SELECT * FROM classes WHERE code = $1', [code]);
    return rows.length === 1 ? classOf(rows[0]) : null;
  }

  async setStatus(code: string, status: ClassStatus, turnOpenedAt: number | null): Promise<void> {
    await this.sql.run('UPDATE classes SET status = $2, turn_opened_at = $3 WHERE code = $1', [code, status, turnOpenedAt]);
  }

  async addSeat(s: SeatRecord): Promise<void> {
    await this.sql.run('INSERT INTO seats (code, seat_id, actor, team, token_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [s.code, s.seatId, s.actor, s.team, s.tokenHash, s.createdAt]);
  }

  async seats(code: string): Promise<SeatRecord[]> {
    return (await this.sql.all('SELECT * FROM seats WHERE code = $1 ORDER BY created_at, seat_id', [code])).map(seatOf);
  }

  async putOrders(code: string, o: SubmittedOrders): Promise<void> {
    await this.sql.run(
      `INSERT INTO open_orders (code, turn, actor, orders, submitted_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (code, turn, actor) DO UPDATE SET orders = excluded.orders, submitted_at = excluded.submitted_at`,
      [code, o.turn, o.actor, JSON.stringify(o.orders), o.submittedAt],
    );
  }

  async openOrders(code: string, turn: number): Promise<SubmittedOrders[]> {
    const rows = await this.sql.all('SELECT * FROM open_orders WHERE code = $1 AND turn = $2 ORDER BY actor', [code, turn]);
    return rows.map((r) => ({ turn: num(r.turn), actor: String(r.actor), orders: json(r.orders), submittedAt: num(r.submitted_at) }));
  }

  async addTurn(code: string, t: TurnRecord, result: { readonly log: string; readonly state: string }, status: ClassStatus, turnOpenedAt: number | null): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.run('INSERT INTO turns (code, turn, orders, hash, reason, resolved_at) VALUES ($1, $2, $3, $4, $5, $6)', [code, t.turn, JSON.stringify(t.orders), t.hash, t.reason, t.resolvedAt]);
      await tx.run('INSERT INTO turn_results (code, turn, log, state) VALUES ($1, $2, $3, $4)', [code, t.turn, result.log, result.state]);
      await tx.run('UPDATE turn_results SET state = NULL WHERE code = $1 AND turn < $2 AND state IS NOT NULL', [code, t.turn]);
      await tx.run('DELETE FROM open_orders WHERE code = $1 AND turn <= $2', [code, t.turn]);
      await tx.run('UPDATE classes SET status = $2, turn_opened_at = $3 WHERE code = $1', [code, status, turnOpenedAt]);
    });
  }

  async turns(code: string): Promise<TurnRecord[]> {
    const rows = await this.sql.all('SELECT * FROM turns WHERE code = $1 ORDER BY turn', [code]);
    return rows.map((r) => ({ turn: num(r.turn), orders: json(r.orders), hash: String(r.hash), reason: String(r.reason) as TurnRecord['reason'], resolvedAt: num(r.resolved_at) }));
  }

  async turnResults(code: string): Promise<TurnResult[]> {
    const rows = await this.sql.all('SELECT turn, log, state FROM turn_results WHERE code = $1 ORDER BY turn', [code]);
    return rows.map((r) => ({ turn: num(r.turn), log: String(r.log), state: typeof r.state === 'string' ? r.state : null }));
  }

  async addEvent(code: string, at: number, kind: string, data: unknown): Promise<void> {
    await this.sql.run(
      `INSERT INTO events (code, seq, at, kind, data)
       SELECT $1, COALESCE(MAX(seq), 0) + 1, CAST($2 AS BIGINT), $3, $4 FROM events WHERE code = $1`,
      [code, at, kind, JSON.stringify(data ?? null)],
    );
  }

  async events(code: string): Promise<EventRecord[]> {
    const rows = await this.sql.all('SELECT * FROM events WHERE code = $1 ORDER BY seq', [code]);
    return rows.map((r) => ({ seq: num(r.seq), at: num(r.at), kind: String(r.kind), data: json(r.data) }));
  }

  // --- The facilitator's console (issue 18). ---
  async putNote(code: string, key: string, value: unknown): Promise<void> {
    await this.sql.run('INSERT INTO console_notes (code, key, value) VALUES ($1, $2, $3) ON CONFLICT (code, key) DO UPDATE SET value = excluded.value', [code, key, JSON.stringify(value ?? null)]);
  }

  async notes(code: string): Promise<{ key: string; value: unknown }[]> {
    const rows = await this.sql.all('SELECT key, value FROM console_notes WHERE code = $1 ORDER BY key', [code]);
    return rows.map((r) => ({ key: String(r.key), value: json(r.value) }));
  }
  // ---

  async openClasses(since: number): Promise<string[]> {
    const rows = await this.sql.all("SELECT code FROM classes WHERE status <> 'ended' AND COALESCE(turn_opened_at, created_at) >= $1 ORDER BY created_at, code", [since]);
    return rows.map((r) => String(r.code));
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
