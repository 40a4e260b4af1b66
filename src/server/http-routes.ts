// Every HTTP request to the one port: Colyseus's matchmaking (/matchmake/…), the class API
// (/api/…) and the built game. Joining, hosting and looking up classes are rate limited per address.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { api } from './api';
import type { RateLimiter } from './rate-limit';
import { serveStatic } from './static-site';
import type { ClassStore } from './store/store';

export interface Routes {
  readonly store: ClassStore;
  readonly limiter: RateLimiter;
  readonly staticDir: string;
  readonly now: () => number;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization',
};

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | number> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...CORS, ...headers });
  res.end(text);
}

/** Takes an attempt for the request's address; false (and a 429 answered) when over the limit. */
function admitted(routes: Routes, req: IncomingMessage, res: ServerResponse): boolean {
  const address = req.socket.remoteAddress ?? 'unknown';
  const wait = routes.limiter.take(address);
  if (wait !== null) {
    json(res, 429, { ok: false, code: 'ERR_TOO_MANY', message: `Too many attempts from this machine; try again in ${wait} s.` }, { 'retry-after': wait });
    return false;
  }
  res.on('finish', () => {
    if (res.statusCode >= 400) routes.limiter.fail(address);
  });
  return true;
}

async function answerApi(routes: Routes, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  try {
    const reply = await api(routes.store, req, path, routes.now());
    if (reply === null) json(res, 404, { ok: false, code: 'ERR_NOT_FOUND', message: 'No such API.' });
    else json(res, reply.status, reply.body);
  } catch (e) {
    console.error(`api ${path}: ${(e as Error).message}`);
    if (!res.headersSent) json(res, 500, { ok: false, code: 'ERR_SERVER', message: 'The server could not answer just now; nothing was changed.' });
  }
}

/**
 * Takes over the HTTP server's requests once Colyseus has bound its own handler, and passes it
 * only what is Colyseus's.
 */
export function routeRequests(server: Server, routes: Routes): void {
  const colyseus = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path.startsWith('/matchmake/')) {
      if (req.method !== 'OPTIONS' && !admitted(routes, req, res)) return;
      for (const l of colyseus) l.call(server, req, res);
    } else if (path === '/__healthcheck') {
      for (const l of colyseus) l.call(server, req, res);
    } else if (path.startsWith('/api/')) {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS);
        res.end();
      } else if (admitted(routes, req, res)) void answerApi(routes, req, res, path);
    } else {
      serveStatic(routes.staticDir, req, res, path);
    }
  });
}
