// The class debrief (hot wash) from the facilitator's console: the class's whole record is fetched
// from the server's record endpoint and handed to the debrief screen. The debrief screen itself is
// built elsewhere (a function taking a ClassRecord); until it is wired in with `useClassDebrief`,
// the record is offered as a file to download, which the debrief and `npm run replay` read.
import { defaultEndpoint, fetchClassRecord, type ClassConnection, type ClassRecord, type Reply } from '../../net';
import { h, showDialog } from '../dom';

type OpenDebrief = (record: ClassRecord) => void | Promise<void>;

/** Offers the record as a JSON file (the stand-in until the debrief screen is wired in). */
async function offerDownload(record: ClassRecord): Promise<void> {
  const url = URL.createObjectURL(new Blob([JSON.stringify(record, null, 1)], { type: 'application/json' }));
  await showDialog(
    `Class ${record.code}: the record`,
    [
      h('p', {}, `${record.worlds.length} ${record.worlds.length === 1 ? 'board' : 'boards'}, ${record.worlds[0]?.replay.turns.length ?? 0} turns played, ${record.worlds.reduce((n, w) => n + w.press.length, 0)} press messages.`),
      h('a', { href: url, download: `class-${record.code}.json`, 'data-hook': 'debrief.record.download' }, 'Download the class record (JSON)'),
    ],
    [{ key: 'ok', label: 'Close', primary: true }],
  );
  URL.revokeObjectURL(url);
}

let openDebrief: OpenDebrief = offerDownload;

/** Wires the class debrief screen in: the console's Debrief button calls it with the record. */
export function useClassDebrief(open: OpenDebrief): void {
  openDebrief = open;
}

/** Fetches the class's record (the facilitator's token) and opens the debrief on it. */
export async function openClassDebriefOf(conn: ClassConnection): Promise<Reply> {
  const c = conn.credentials;
  if (!('facilitatorToken' in c)) return { ok: false, code: 'ERR_NOT_FACILITATOR', message: 'Only the class\u2019s facilitator can open its debrief.' };
  const r = await fetchClassRecord(defaultEndpoint(), c.code, c.facilitatorToken);
  if (!r.ok) return r;
  await openDebrief(r.record);
  return { ok: true };
}
