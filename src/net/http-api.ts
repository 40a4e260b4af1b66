// The class server's HTTP API, for the host and join screens: host a class, look one up,
// download a class's replay. Works in the browser and in Node (global fetch).
import type { Replay } from '../engine';
import type { ClassRecord } from './class-record';
import type { ClassSummary, Hosted, HostRequest, Reply } from './protocol';

/** The page's own origin in a browser (the class server serves the game). */
export function defaultEndpoint(): string {
  const loc = (globalThis as { location?: { origin?: string } }).location;
  if (!loc?.origin || loc.origin === 'null') throw new Error('Give the class server address (no page origin here).');
  return loc.origin;
}

const trimmed = (endpoint: string): string => endpoint.replace(/\/+$/, '');

async function call<T extends object>(url: string, init?: RequestInit): Promise<Reply<T>> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (e) {
    return { ok: false, code: 'ERR_NETWORK', message: `The class server cannot be reached (${(e as Error).message}).` };
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return { ok: false, code: 'ERR_NETWORK', message: `The class server answered ${res.status} without a reply this game reads.` };
  }
  if (!res.ok || (body as { ok?: unknown }).ok === false) {
    const b = body as { code?: unknown; message?: unknown };
    return { ok: false, code: typeof b.code === 'string' ? b.code : `HTTP_${res.status}`, message: typeof b.message === 'string' ? b.message : `The class server answered ${res.status}.` };
  }
  return { ok: true, ...(body as T) };
}

/** Creates a class; its join code and the facilitator's token come back. */
export function hostClass(endpoint: string, request: HostRequest): Promise<Reply<Hosted>> {
  return call<Hosted>(`${trimmed(endpoint)}/api/classes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
}

/** A class's public summary: its scenario, status, and the teams on each actor. */
export function lookupClass(endpoint: string, code: string): Promise<Reply<{ summary: ClassSummary }>> {
  return call<{ summary: ClassSummary }>(`${trimmed(endpoint)}/api/classes/${encodeURIComponent(code)}`);
}

/** A class's game as a replay file (`npm run replay` verifies it): for its facilitator. */
export function fetchReplay(endpoint: string, code: string, facilitatorToken: string): Promise<Reply<{ replay: Replay }>> {
  return call<{ replay: Replay }>(`${trimmed(endpoint)}/api/classes/${encodeURIComponent(code)}/replay`, { headers: { authorization: `Bearer ${facilitatorToken}` } });
}

/** A class's whole record (every world's replay with its inputs, the teams, the press): for its facilitator. */
export function fetchClassRecord(endpoint: string, code: string, facilitatorToken: string): Promise<Reply<{ record: ClassRecord }>> {
  return call<{ record: ClassRecord }>(`${trimmed(endpoint)}/api/classes/${encodeURIComponent(code)}/record`, { headers: { authorization: `Bearer ${facilitatorToken}` } });
}
