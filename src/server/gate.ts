// A starting server's door: it listens at once, but the requests and WebSocket upgrades that
// arrive while its classes come back from the store wait, then go on in the order they came.
// Clients that reconnect after a restart are then served the moment their class is ready, instead
// of being refused and asking again a quarter of a second later (800 clients' refused attempts
// also took the machine's time from the restoring server), and no join can open a class that is
// still coming back. A WebSocket that asks to take up a session again (Colyseus's reconnection,
// with its token) is refused at once: no session outlives the process that held it, and the
// client then joins anew with its seat instead of waiting to be refused.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** An upgrade that asks to take up an earlier session (the Colyseus client's reconnection). */
const reconnecting = (req: IncomingMessage): boolean => /[?&]reconnectionToken=/.test(req.url ?? '');

/** Holds `http`'s requests and upgrades until the returned function is called. */
export function holdRequests(http: Server): () => void {
  type Emit = (event: string | symbol, ...args: unknown[]) => boolean;
  const held: [string, unknown[]][] = [];
  const emit = http.emit.bind(http) as Emit;
  let holding = true;
  const gated: Emit = (event, ...args) => {
    if (!holding || (event !== 'request' && event !== 'upgrade')) return emit(event, ...args);
    if (event === 'upgrade' && reconnecting(args[0] as IncomingMessage)) {
      const socket = args[1] as Duplex;
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return true;
    }
    held.push([event, args]);
    return true;
  };
  http.emit = gated as typeof http.emit;
  return () => {
    holding = false;
    for (const [event, args] of held.splice(0)) emit(event, ...args);
  };
}
