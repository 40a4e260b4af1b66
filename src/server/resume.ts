// Classes come back with the server: when it starts, every class not ended and active lately gets
// its room again before the server takes a connection, so that a turn's deadline runs on time and
// returning clients find their class ready. Older classes come back when a client returns.
import { matchMaker } from '@colyseus/core';
import { ROOM_NAME } from '../net/protocol';
import type { ClassStore } from './store/store';

/** How recent a class's last activity (created, or a turn opened) must be for it to be opened at start. */
const RESUME_WITHIN_MS = 24 * 60 * 60_000;

/**
 * Opens a room for each class active within RESUME_WITHIN_MS, one after another; a class that
 * cannot resume is reported and left for its clients to find (they are told why). The number of
 * classes resumed.
 */
export async function resumeOpenClasses(store: ClassStore, now: number): Promise<number> {
  await matchMaker.onReady;
  let resumed = 0;
  for (const code of await store.openClasses(now - RESUME_WITHIN_MS)) {
    // A turn for the connections knocking meanwhile (the port holds them: gate.ts), so that a
    // client asking for a session of the process before learns at once that it is gone.
    await new Promise((r) => setImmediate(r));
    try {
      await matchMaker.createRoom(ROOM_NAME, { code });
      resumed++;
    } catch (e) {
      console.error(`class ${code} did not resume: ${(e as Error).message}`);
    }
  }
  return resumed;
}
