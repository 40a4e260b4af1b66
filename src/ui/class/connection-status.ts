// The connection as the class screens show it: a badge in the top bar, and while the
// connection is away a strip across the board saying it reconnects by itself.
import type { ClassConnection } from '../../net';
import { byId, h } from '../dom';

const WORDS = { connected: 'Connected', reconnecting: 'Reconnecting\u2026', closed: 'Disconnected' } as const;

export function connectionBadge(conn: ClassConnection): HTMLElement {
  const tip = conn.status === 'connected' ? 'Connected to the class server.' : conn.status === 'reconnecting' ? 'The connection to the class server was lost; this page reconnects by itself.' : 'This page has left the class.';
  return h('span', { class: `conn ${conn.status}`, 'data-hook': 'class.connection', 'data-tip': tip }, WORDS[conn.status]);
}

/** Shows or removes the strip across the board (call after every status change). */
export function connectionStrip(conn: ClassConnection, refused: string | null): void {
  const overlay = byId('board-overlay');
  overlay.querySelector('.conn-strip')?.remove();
  if (conn.status === 'connected' && refused === null) return;
  const text =
    refused ??
    (conn.status === 'reconnecting'
      ? 'Connection to the class lost \u2014 reconnecting\u2026 Nothing is lost: your team\u2019s orders are kept on the server.'
      : 'You have left the class. Use Join a class in the menu to come back to your seat.');
  overlay.append(h('div', { class: `conn-strip ${conn.status}`, role: 'status', 'data-hook': 'class.reconnecting' }, text));
}

/** When the open turn closes, as the clock on the wall says it (" · closes at 14:05"), or ''. */
export function closesAt(deadline: number | null | undefined): string {
  return deadline ? ` \u00b7 closes at ${new Date(deadline).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : '';
}
