// The last line of defence: whatever is thrown and not caught on a load path or in a scene shows a
// dialog with its message and a way back to the menu, never a blank or black page or a stack trace.
import { h, showDialog } from './dom';
import { hook, setReady } from './hook';
import { addressWithoutLink } from './link';

function messageOf(cause: unknown): string {
  if (cause instanceof Error) return cause.message || cause.name;
  return typeof cause === 'string' ? cause : String(cause);
}

/**
 * Shows what went wrong; "Back to the menu" reloads the page at its plain address (a scene that
 * threw may have stopped Phaser's loop, so a reload is the sure way back). The autosave stays.
 */
function showFailure(cause: unknown, title = 'Something went wrong'): void {
  setReady(hook.scene, false);
  void showDialog(
    title,
    [h('p', {}, messageOf(cause)), h('p', { class: 'muted' }, 'The game is autosaved after every turn: on the menu, Continue picks it up where it was.')],
    [{ key: 'menu', label: 'Back to the menu', primary: true }],
  ).then(() => location.replace(addressWithoutLink(location.href)));
}

/** Runs a load path (boot, start, continue, load a file, a link) so that a throw ends in a dialog. */
export function guarded(title: string, run: () => void | Promise<void>): void {
  try {
    const pending = run();
    if (pending) pending.catch((e: unknown) => showFailure(e, title));
  } catch (e) {
    showFailure(e, title);
  }
}

/** Uncaught errors and rejections anywhere (a scene's create, an event handler) end in the dialog. */
export function installFailureCatch(): void {
  window.addEventListener('error', (e) => {
    // Chromium reports a benign ResizeObserver notice as an error event with no error object.
    if (!e.error && /^ResizeObserver loop/.test(e.message)) return;
    showFailure(e.error ?? e.message);
  });
  window.addEventListener('unhandledrejection', (e) => showFailure(e.reason));
}
