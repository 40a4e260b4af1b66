// The class credentials this browser keeps (localStorage), one per class code: a student's seat
// token or a facilitator's token, so a reload, or coming back after closing the laptop, returns
// to the same seat. Nothing else of a class is kept here.
import type { Credentials } from '../../net';

const KEY = 'karabakh2020.classes';

type Kept = Record<string, Credentials>;

function readAll(): Kept {
  try {
    const raw = localStorage.getItem(KEY);
    const data = raw ? (JSON.parse(raw) as unknown) : null;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Kept) : {};
  } catch {
    return {};
  }
}

export function keptCredentials(code: string): Credentials | null {
  const c = readAll()[code];
  return c && typeof c === 'object' && c.code === code && ('seatToken' in c || 'facilitatorToken' in c) ? c : null;
}

export function keepCredentials(c: Credentials): void {
  if (!('seatToken' in c) && !('facilitatorToken' in c)) return;
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...readAll(), [c.code]: c }));
  } catch {
    // Storage disabled (private mode): the class goes on; a reload asks to join again.
  }
}

export function forgetCredentials(code: string): void {
  const all = readAll();
  delete all[code];
  try {
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Nothing to forget.
  }
}
