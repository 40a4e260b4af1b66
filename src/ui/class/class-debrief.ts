// The class debrief (hot wash) from the facilitator's console: the class's whole record is fetched
// from the server's record endpoint and handed to the debrief (src/ui/debrief), loaded only when
// the facilitator opens it.
import { defaultEndpoint, fetchClassRecord, type ClassConnection, type Reply } from '../../net';

/** Fetches the class's record (the facilitator's token) and opens the debrief on it. */
export async function openClassDebriefOf(conn: ClassConnection): Promise<Reply> {
  const c = conn.credentials;
  if (!('facilitatorToken' in c)) return { ok: false, code: 'ERR_NOT_FACILITATOR', message: 'Only the class\u2019s facilitator can open its debrief.' };
  const r = await fetchClassRecord(defaultEndpoint(), c.code, c.facilitatorToken);
  if (!r.ok) return r;
  const { openClassDebrief } = await import('../debrief');
  openClassDebrief(r.record);
  return { ok: true };
}
