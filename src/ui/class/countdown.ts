// The open turn's deadline as a clock counting down: the server says how many milliseconds were
// left when it sent the roster; this page counts on from when it arrived (the two clocks need not
// agree). While the class is paused the clock stands still.
import { h } from '../dom';

/** "4:05 left", "0:00", "paused, 4:05 left", or "no deadline". */
function countdownText(leftMs: number | null, paused: boolean): string {
  if (leftMs === null) return paused ? 'paused' : 'no deadline';
  const s = Math.max(0, Math.ceil(leftMs / 1000));
  const clock = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return paused ? `paused, ${clock} left` : `${clock} left`;
}

/**
 * An element showing the time left, updated every second until it leaves the page. `remainingMs`
 * is what the server sent, `receivedAt` when (performance.now()).
 */
export function countdown(hook: string, remainingMs: number | null, paused: boolean, receivedAt: number, cls = 'countdown'): HTMLElement {
  // data-still: its ticking changes nothing on the board, so it does not wake it (sleep.ts).
  const el = h('span', { class: cls, 'data-hook': hook, 'data-still': '' });
  const left = (): number | null => (remainingMs === null ? null : paused ? remainingMs : remainingMs - (performance.now() - receivedAt));
  const tick = (): void => {
    const ms = left();
    el.textContent = countdownText(ms, paused);
    el.classList.toggle('late', ms !== null && ms < 60_000);
  };
  tick();
  if (remainingMs !== null && !paused) {
    const timer = setInterval(() => (el.isConnected || performance.now() - receivedAt < 1000 ? tick() : clearInterval(timer)), 1000);
  }
  return el;
}
