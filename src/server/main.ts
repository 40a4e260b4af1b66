// npm start / npm run serve — the class server. See docs/classroom.md.
import { flushCompileCache } from 'node:module';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { commandArgs, intFlag } from '../cli/args';
import { startServer, type RunningServer, type ServerConfig } from './app';
import { siteBuilt } from './static-site';

const USAGE = `usage: npm start -- [--port N] [--host H] [--data DIR] [--database postgres://…] [--redis redis://…]
                    [--public-address HOST:PORT] [--static DIR] [--join-limit N]
  Serves the built game and hosts classes on one port (default 8080).
  --data DIR          where the SQLite store lives (default ./data)
  --database URL      keep classes in PostgreSQL instead (several processes share it)
  --redis URL         share rooms and matchmaking with other processes through Redis
  --public-address A  host:port at which clients reach this process (with --redis)
  --static DIR        the built site (default ./dist, made by npm run build)
  --join-limit N      join, host and lookup requests per address per minute (default 120)`;

function config(argv: readonly string[]): { ok: true; config: ServerConfig } | { ok: false; message: string } | { ok: 'help' } {
  const parsed = commandArgs(argv, { values: ['port', 'host', 'data', 'database', 'redis', 'public-address', 'static', 'join-limit'], switches: [] }, { min: 0, max: 0 });
  if (parsed.ok !== true) return parsed;
  const v = parsed.args.values;
  const port = intFlag(parsed.args, 'port', 8080, 0, 65535);
  if (!port.ok) return port;
  const joins = intFlag(parsed.args, 'join-limit', 120, 1, 1_000_000);
  if (!joins.ok) return joins;
  if (v.database !== undefined && !/^postgres(ql)?:\/\//.test(v.database)) return { ok: false, message: '--database must be a postgres:// URL' };
  if (v.redis !== undefined && !/^rediss?:\/\//.test(v.redis)) return { ok: false, message: '--redis must be a redis:// URL' };
  if (v['public-address'] !== undefined && !/^[\w.-]+:\d{1,5}$/.test(v['public-address'])) return { ok: false, message: '--public-address must be HOST:PORT' };
  return {
    ok: true,
    config: {
      port: port.value,
      host: v.host ?? '0.0.0.0',
      staticDir: resolve(v.static ?? 'dist'),
      dataDir: resolve(v.data ?? 'data'),
      databaseUrl: v.database ?? null,
      redisUrl: v.redis ?? null,
      publicAddress: v['public-address'] ?? null,
      limits: { perMinute: joins.value, failures: Math.max(20, Math.ceil(joins.value / 6)), failureWindowMs: 10 * 60_000 },
      reconnectSeconds: 60,
    },
  };
}

/** Addresses on this machine's networks, for the teacher to give the class. */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => i!.address);
}

/** A parent process (the bench) may ask for this process's memory after a garbage collection. */
function answerMemoryQueries(server: RunningServer): void {
  if (!process.send) return;
  process.on('message', (m: unknown) => {
    if (m !== 'memory') return;
    (globalThis as { gc?: () => void }).gc?.();
    process.send?.({ memory: process.memoryUsage(), rooms: server.rooms() });
  });
}

// A promise nobody waited on must not take every class down with it: say so and carry on.
process.on('unhandledRejection', (e: unknown) => console.error(`server: unexpected failure: ${e instanceof Error ? e.message : String(e)}`));

async function main(argv: readonly string[]): Promise<number> {
  const c = config(argv);
  if (c.ok === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (!c.ok) {
    console.error(`server: ${c.message}\n${USAGE}`);
    return 2;
  }
  if (!siteBuilt(c.config.staticDir)) console.warn(`warning: no built game in ${c.config.staticDir}; run \`npm run build\` (npm start does) for students' browsers.`);
  const server = await startServer(c.config);
  const store = c.config.databaseUrl ? 'PostgreSQL' : `SQLite in ${c.config.dataDir}`;
  if (server.resumed > 0) console.log(`${server.resumed} open class${server.resumed === 1 ? '' : 'es'} resumed from the store`);
  console.log(`Karabakh 2020 class server listening on port ${server.port} (classes kept in ${store}${c.config.redisUrl ? ', rooms shared through Redis' : ''})`);
  for (const a of lanAddresses()) console.log(`  students open http://${a}:${server.port}/`);
  // V8 writes its compile cache (enabled by start.ts) when the process exits: a server that only
  // ever ends by a crash would never leave one for its next start. Written now, once started.
  flushCompileCache();
  answerMemoryQueries(server);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (e: unknown) => {
    console.error(`server: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
