// The class server: one HTTP port for the built game, the class API and Colyseus rooms, with the
// store behind them (SQLite by default, PostgreSQL with a database URL) and, with a Redis URL,
// Redis presence and matchmaking shared by several processes.
import { Server, matchMaker, type Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROOM_NAME } from '../net/protocol';
import { ClassRoom } from './class-room';
import { holdRequests } from './gate';
import { routeRequests } from './http-routes';
import { RateLimiter, type RateLimits } from './rate-limit';
import { resumeOpenClasses } from './resume';
import { openSqliteStore } from './store/sqlite';
import type { ClassStore } from './store/store';

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly staticDir: string;
  readonly dataDir: string;
  /** postgres://… to keep classes in PostgreSQL instead of SQLite. */
  readonly databaseUrl: string | null;
  /** redis://… to share rooms with other processes. */
  readonly redisUrl: string | null;
  /** host:port at which clients reach this process (needed with several processes). */
  readonly publicAddress: string | null;
  readonly limits: RateLimits;
  readonly reconnectSeconds: number;
}

export interface RunningServer {
  readonly port: number;
  readonly store: ClassStore;
  /** Classes whose rooms were opened again as the server started. */
  readonly resumed: number;
  /** Rooms (classes) open in this process. */
  rooms(): number;
}

/** Connections the system may queue for the server before it accepts them. */
const BACKLOG = 2048;

/** Largest message a client may send, in bytes (a turn's orders are a few kilobytes). */
const MAX_PAYLOAD = 64 * 1024;

async function redisServices(url: string): Promise<{ presence: Presence; driver: matchMaker.MatchMakerDriver }> {
  const [{ RedisPresence }, { RedisDriver }] = await Promise.all([import('@colyseus/redis-presence'), import('@colyseus/redis-driver')]);
  return { presence: new RedisPresence(url), driver: new RedisDriver(url) };
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  // PostgreSQL and Redis clients are loaded only when asked for: a laptop's server starts sooner.
  const store = config.databaseUrl ? await (await import('./store/postgres')).openPostgresStore(config.databaseUrl) : await openSqliteStore(config.dataDir);
  const redis = config.redisUrl ? await redisServices(config.redisUrl) : null;
  const now = (): number => Date.now();
  ClassRoom.services = { store, now, reconnectSeconds: config.reconnectSeconds };
  const http = createServer();
  const transport = new WebSocketTransport({ server: http, maxPayload: MAX_PAYLOAD });
  const server = new Server({
    transport,
    presence: redis?.presence,
    driver: redis?.driver,
    publicAddress: config.publicAddress ?? undefined,
    greet: false,
  });
  server.define(ROOM_NAME, ClassRoom).filterBy(['code']);
  server.onShutdown(() => store.close());
  // Alone, this process holds every class: they come back while the port holds every request
  // (gate.ts), so no client's join can open a second room for one, and the clients waiting are
  // served as soon as they are back. With Redis, a class comes back when a client returns, on
  // whichever process it asks. The backlog takes a school's clients knocking at once.
  const open = holdRequests(http);
  await server.listen(config.port, config.host, BACKLOG);
  routeRequests(http, { store, limiter: new RateLimiter(config.limits, now), staticDir: config.staticDir, now });
  const resumed = redis ? 0 : await resumeOpenClasses(store, now());
  open();
  return {
    port: (http.address() as AddressInfo).port,
    store,
    resumed,
    rooms: () => matchMaker.stats.local.roomCount,
  };
}
