// The embedded store: one SQLite file through Node's built-in node:sqlite, in WAL mode.
// node:sqlite is synchronous, so every call runs in order through one queue: a transaction's
// statements are never interleaved with another caller's on the same connection.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { SqlStore, type Row, type Sql } from './sql-store';

/** $1-style parameters (PostgreSQL's) as SQLite's numbered ?1. */
const numbered = (sql: string): string => sql.replace(/\$(\d+)/g, '?$1');

class SqliteSql implements Sql {
  private readonly statements = new Map<string, StatementSync>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: DatabaseSync) {}

  private statement(sql: string): StatementSync {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(numbered(sql));
      this.statements.set(sql, s);
    }
    return s;
  }

  private runNow(sql: string, params: readonly unknown[]): number {
    return Number(this.statement(sql).run(...(params as SQLInputValue[])).changes);
  }

  private allNow(sql: string, params: readonly unknown[]): Row[] {
    return this.statement(sql).all(...(params as SQLInputValue[]));
  }

  private enqueue<T>(work: () => Promise<T> | T): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  run(sql: string, params: readonly unknown[]): Promise<number> {
    return this.enqueue(() => this.runNow(sql, params));
  }

  all(sql: string, params: readonly unknown[]): Promise<Row[]> {
    return this.enqueue(() => this.allNow(sql, params));
  }

  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    // Inside the transaction the statements run at once (the queue is held by it).
    const inner: Sql = {
      run: (sql, params) => Promise.resolve(this.runNow(sql, params)),
      all: (sql, params) => Promise.resolve(this.allNow(sql, params)),
      transaction: () => Promise.reject(new Error('bug: nested transaction')),
      close: () => Promise.reject(new Error('bug: close inside a transaction')),
    };
    return this.enqueue(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const out = await work(inner);
        this.db.exec('COMMIT');
        return out;
      } catch (e) {
        this.db.exec('ROLLBACK');
        throw e;
      }
    });
  }

  close(): Promise<void> {
    return this.enqueue(() => this.db.close());
  }
}

/**
 * Opens (or creates) `classes.sqlite` in `dir`. WAL with synchronous=NORMAL: a committed write
 * survives the server being killed at any moment; only a power cut can lose the last instants.
 */
export async function openSqliteStore(dir: string): Promise<SqlStore> {
  mkdirSync(dir, { recursive: true });
  const db = new DatabaseSync(join(dir, 'classes.sqlite'));
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA busy_timeout = 5000');
  const store = new SqlStore(new SqliteSql(db));
  await store.migrate();
  return store;
}
