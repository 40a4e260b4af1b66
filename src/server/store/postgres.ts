// The shared store for several server processes: PostgreSQL through `pg`, the same queries as
// SQLite (sql-store.ts).
import pg from 'pg';
import { SqlStore, type Row, type Sql } from './sql-store';

const INT8 = 20;

/** BIGINT columns (times) come back as numbers, as from SQLite; they are all far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser,
};

class PostgresSql implements Sql {
  constructor(private readonly pool: pg.Pool) {}

  async run(sql: string, params: readonly unknown[]): Promise<number> {
    return (await this.pool.query(sql, params as unknown[])).rowCount ?? 0;
  }

  async all(sql: string, params: readonly unknown[]): Promise<Row[]> {
    return (await this.pool.query(sql, params as unknown[])).rows as Row[];
  }

  async transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const inner: Sql = {
      run: async (sql, params) => (await client.query(sql, params as unknown[])).rowCount ?? 0,
      all: async (sql, params) => (await client.query(sql, params as unknown[])).rows as Row[],
      transaction: () => Promise.reject(new Error('bug: nested transaction')),
      close: () => Promise.reject(new Error('bug: close inside a transaction')),
    };
    try {
      await client.query('BEGIN');
      const out = await work(inner);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** Connects to `url` (postgres://…) and creates the tables if they are missing. */
export async function openPostgresStore(url: string): Promise<SqlStore> {
  const pool = new pg.Pool({ connectionString: url, max: 8, types });
  // A pool reports a lost connection here; without a listener it would end the process.
  pool.on('error', (e) => console.error(`database connection lost: ${e.message}`));
  const store = new SqlStore(new PostgresSql(pool));
  // Two processes starting together may both create the tables; the loser's CREATE fails on
  // PostgreSQL's catalogue, and the second try finds them there.
  try {
    await store.migrate();
  } catch {
    await store.migrate();
  }
  return store;
}
