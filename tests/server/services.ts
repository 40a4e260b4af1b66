// Throwaway PostgreSQL and Redis servers for the tests, from Debian's packages (`postgresql`,
// `redis-server`): each in a temporary directory on 127.0.0.1, stopped by its PID. When the
// binaries are missing the tests that need them are skipped, saying what to install.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface Service {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export const POSTGRES_MISSING = 'PostgreSQL tests skipped: initdb and postgres were not found (apt-get install -y postgresql; .ci/run installs it when run as root).';
export const REDIS_MISSING = 'Redis tests skipped: redis-server was not found (apt-get install -y redis-server; .ci/run installs it when run as root).';

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return null;
}

/** Debian keeps PostgreSQL's programs in /usr/lib/postgresql/<version>/bin; the newest wins. */
function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  }
  const initdb = onPath('initdb');
  return initdb ? join(initdb, '..') : null;
}

export const hasPostgres = (): boolean => postgresBin() !== null;
export const hasRedis = (): boolean => onPath('redis-server') !== null || existsSync('/usr/bin/redis-server');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` user the package made. */
function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('running as root, and there is no postgres user to run PostgreSQL as');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function stopper(child: ChildProcess, signal: NodeJS.Signals, dir: string): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const done = new Promise((r) => child.once('exit', r));
      process.kill(child.pid as number, signal);
      await done;
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

/** Polls `ready` until it resolves true (the service takes its own time to start). */
async function until(ready: () => boolean | Promise<boolean>, child: ChildProcess, what: string, log: () => string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited before it was ready:\n${log()}`);
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startPostgres(): Promise<Service> {
  const bin = postgresBin();
  if (!bin) throw new Error(POSTGRES_MISSING);
  const dir = mkdtempSync(join(tmpdir(), 'karabakh-pg-'));
  const user = postgresUser();
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chmodSync(dir, 0o700);
  }
  const data = join(dir, 'data');
  const init = spawnSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], { ...user, encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}${init.stderr}`);
  const port = await freePort();
  const child = spawn(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'], { ...user, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await until(
    async () => {
      const c = new pg.Client({ connectionString: url });
      try {
        await c.connect();
        await c.end();
        return true;
      } catch {
        return false;
      }
    },
    child,
    'postgres',
    () => log,
  );
  return { url, pid: child.pid as number, stop: stopper(child, 'SIGINT', dir) };
}

/** A fresh database on a running PostgreSQL, for one test's store. */
export async function freshDatabase(service: Service, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: service.url });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  return service.url.replace(/\/postgres$/, `/${name}`);
}

export async function startRedis(): Promise<Service> {
  const exe = onPath('redis-server') ?? '/usr/bin/redis-server';
  const dir = mkdtempSync(join(tmpdir(), 'karabakh-redis-'));
  const port = await freePort();
  const child = spawn(exe, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  await until(() => /Ready to accept connections/.test(log), child, 'redis-server', () => log);
  return { url: `redis://127.0.0.1:${port}`, pid: child.pid as number, stop: stopper(child, 'SIGTERM', dir) };
}
