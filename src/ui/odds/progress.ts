// A progress bar of games played ("120 / 500 games"), for the odds panel and the turning points.
import { h } from '../dom';
import { CANCELLED } from './run';

export function progressBar(hook: string): { el: HTMLElement; set(done: number, of: number): void } {
  const fill = h('span', {});
  const text = h('span', {});
  const el = h('div', { class: 'odds-progress', 'data-hook': hook, role: 'progressbar', 'aria-valuemin': 0 }, fill, text);
  return {
    el,
    set(done, of) {
      fill.style.width = `${(done * 100) / Math.max(1, of)}%`;
      text.textContent = `${done} / ${of} games`;
      el.setAttribute('aria-valuenow', String(done));
      el.setAttribute('aria-valuemax', String(of));
      el.dataset.done = String(done);
      el.dataset.of = String(of);
    },
  };
}

/** A job that runs in the background and can be stopped; `done` rejects with CANCELLED when it is. */
export interface Job {
  readonly done: Promise<unknown>;
  cancel(): void;
}

/**
 * Wires a Run button and a Cancel button to jobs: `start` begins one (or returns null when the
 * input is refused), `busy` shows and hides the controls, `failed` tells why a job ended early
 * (`cancelled` when the Cancel button stopped it). `stop` cancels the job running, if any.
 */
export function wireJob(run: HTMLButtonElement, cancel: HTMLButtonElement, busy: (on: boolean) => void, start: () => Job | null, failed: (message: string, cancelled: boolean) => void): { stop(): void } {
  let current: Job | null = null;
  run.addEventListener('click', () => {
    current = start();
    if (!current) return;
    busy(true);
    current.done
      .catch((e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        failed(message, message === CANCELLED);
      })
      .finally(() => {
        current = null;
        busy(false);
      });
  });
  cancel.addEventListener('click', () => current?.cancel());
  busy(false);
  return { stop: () => current?.cancel() };
}
