// A class's worlds read back from the store: each world's seats, and its game rebuilt from the
// seed, its stored turns (with the facilitator's inputs of each) and its open turn's orders.
import { worldCount } from './class-config';
import { ClassGame } from './class-game';
import { readNotes, worldKey, type ClassNotes, type WorldNotes } from './console-notes';
import type { ClassRecord, ClassStore, SeatRecord } from './store/store';

export interface StoredWorld {
  readonly index: number;
  readonly key: string;
  readonly seats: readonly SeatRecord[];
  readonly game: ClassGame;
  readonly notes: WorldNotes;
  /** When its open turn began. */
  readonly opened: number | null;
}

export type LoadedWorlds = { readonly ok: true; readonly worlds: StoredWorld[]; readonly notes: ClassNotes } | { readonly ok: false; readonly code: string; readonly message: string };

export async function loadWorlds(store: ClassStore, record: ClassRecord): Promise<LoadedWorlds> {
  const count = worldCount(record.config);
  const notes = readNotes(await store.notes(record.code), count);
  const worlds: StoredWorld[] = [];
  for (let w = 0; w < count; w++) {
    const key = worldKey(record.code, w);
    const [seats, turns, results] = await Promise.all([store.seats(key), store.turns(key), store.turnResults(key)]);
    const open = await store.openOrders(key, turns.length);
    const wn = notes.worlds[w];
    const rebuilt = ClassGame.restore(record.config, turns, results, open, (t) => wn.inputs.get(t) ?? {});
    if (!rebuilt.ok) return { ok: false, code: rebuilt.code, message: `${count > 1 ? `Board ${w + 1}: ` : ''}${rebuilt.message}` };
    if (rebuilt.replayed) console.warn(`class ${key}: its stored state was not used (${rebuilt.replayed}); its ${turns.length} turns were replayed instead, every hash checked.`);
    const opened = w === 0 ? record.turnOpenedAt : (wn.opened ?? record.turnOpenedAt);
    worlds.push({ index: w, key, seats, game: rebuilt.game, notes: wn, opened });
  }
  return { ok: true, worlds, notes };
}
