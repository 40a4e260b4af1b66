// A modal form over the board (the facilitator's inject and override dialogs): its controls, a
// line for what is wrong, and OK / Cancel. OK asks `submit`, which either closes the form or
// says what to fix; Escape cancels. Enter is left to the controls (a text area takes new lines).
import { byId, h } from '../dom';

type Child = Node | string | null;

export interface FormDialog {
  /** Replaces the form's controls (a choice that changes what else is asked). */
  body(...children: Child[]): void;
  close(): void;
}

/**
 * Opens the form. `submit` returns null when it is done (the form closes) or the sentence to show;
 * it may be async (the server answers). `hook` names the dialog and its buttons (`<hook>.ok`, ...).
 */
export function formDialog(hook: string, title: string, okLabel: string, submit: () => Promise<string | null> | string | null): FormDialog {
  const layer = byId('dialog-layer');
  const fields = h('div', { class: 'form-fields' });
  const problem = h('div', { class: 'error', role: 'alert', 'data-hook': `${hook}.error`, hidden: true });
  const ok = h('button', { class: 'primary', 'data-hook': `${hook}.ok` }, okLabel);
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  const close = (): void => {
    document.removeEventListener('keydown', onKey, true);
    layer.hidden = true;
    layer.replaceChildren();
  };
  ok.addEventListener('click', () => {
    ok.disabled = true;
    void Promise.resolve(submit()).then((wrong) => {
      ok.disabled = false;
      problem.textContent = wrong ?? '';
      problem.hidden = wrong === null;
      if (wrong === null) close();
    });
  });
  document.addEventListener('keydown', onKey, true);
  layer.replaceChildren(
    h(
      'div',
      { class: 'dialog form-dialog', role: 'dialog', 'data-hook': hook },
      h('h2', { 'data-hook': 'dialog.title' }, title),
      fields,
      problem,
      h('div', { class: 'buttons' }, h('button', { 'data-hook': `${hook}.cancel`, onclick: close }, 'Cancel'), ok),
    ),
  );
  layer.hidden = false;
  return {
    body: (...children) => fields.replaceChildren(...children.filter((c): c is Node | string => c !== null)),
    close,
  };
}

/** A labelled line of the form. */
export function field(label: string, ...controls: Child[]): HTMLElement {
  return h('label', { class: 'frow' }, h('span', { class: 'lbl' }, label), h('span', { class: 'fctl' }, ...controls));
}

/** A drop-down list: [value, label] pairs, the one chosen, and what to do on a change. */
export function choice(hook: string, options: readonly (readonly [string, string])[], value: string, set: (v: string) => void): HTMLSelectElement {
  return h(
    'select',
    { 'data-hook': hook, onchange: (e: Event) => set((e.target as HTMLSelectElement).value) },
    ...options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)),
  );
}
