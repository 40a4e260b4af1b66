// The autosave in localStorage (written after every turn), checked each time the menu opens: a
// save that cannot be rebuilt is moved aside under its own key, never deleted, and the reason kept
// for the menu to report.
import type { GameSession } from './session';
import { restoreSave, saveOf } from './save';

export const AUTOSAVE_KEY = 'karabakh2020.autosave';
/** Where a refused autosave goes: this prefix and the first free number from 1. */
export const REJECTED_PREFIX = `${AUTOSAVE_KEY}.rejected.`;

export type AutosaveCheck =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly session: GameSession }
  /** keptAt: the key the save was moved to, or null if storage refused the copy (it stays put). */
  | { readonly kind: 'refused'; readonly reason: string; readonly keptAt: string | null };

export function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (some private modes throw on access)
  }
}

export function writeAutosave(session: GameSession): void {
  try {
    storage()?.setItem(AUTOSAVE_KEY, JSON.stringify(saveOf(session)));
  } catch {
    // Storage full or disabled: the game goes on without an autosave.
  }
}

export function hasAutosave(): boolean {
  return (storage()?.getItem(AUTOSAVE_KEY) ?? null) !== null;
}

export function clearAutosave(): void {
  storage()?.removeItem(AUTOSAVE_KEY);
}

/** Reads the autosave and rebuilds its game; a refused one is set aside before this returns. */
export function checkAutosave(): AutosaveCheck {
  const store = storage();
  const raw = store?.getItem(AUTOSAVE_KEY) ?? null;
  if (!store || raw === null) return { kind: 'none' };
  const restored = restoreText(raw);
  if (restored.ok) return { kind: 'ok', session: restored.session };
  return { kind: 'refused', reason: restored.message, keptAt: setAside(store, raw) };
}

function restoreText(raw: string): ReturnType<typeof restoreSave> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return { ok: false, message: `The save is not readable JSON (${(e as Error).message}); it may have been cut short.` };
  }
  try {
    return restoreSave(json);
  } catch (e) {
    return { ok: false, message: `Rebuilding the game failed: ${(e as Error).message}` };
  }
}

function setAside(store: Storage, raw: string): string | null {
  let n = 1;
  while (store.getItem(`${REJECTED_PREFIX}${n}`) !== null) n++;
  const key = `${REJECTED_PREFIX}${n}`;
  try {
    store.setItem(key, raw);
  } catch {
    return null;
  }
  store.removeItem(AUTOSAVE_KEY);
  return key;
}

export function downloadJson(name: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
