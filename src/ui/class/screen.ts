// The class's forms (host, join) are HTML screens over the menu, in the board's overlay.
import { byId, h } from '../dom';
import { setReady } from '../hook';

type Child = Node | string | null;

export function openScreen(name: string, title: string, ...body: Child[]): HTMLElement {
  closeScreen();
  const screen = h('div', { class: 'class-screen', 'data-screen': name }, h('div', { class: 'class-form' }, h('h2', {}, title), ...body));
  byId('board-overlay').append(screen);
  setReady(name, true);
  return screen;
}

export function closeScreen(): void {
  byId('board-overlay').querySelector('.class-screen')?.remove();
}

export function row(label: string, ...controls: Child[]): HTMLElement {
  return h('label', { class: 'frow' }, h('span', { class: 'lbl' }, label), h('span', { class: 'fctl' }, ...controls));
}

/** A place for the form's error, shown with `say`. */
export function errorLine(hook: string): { el: HTMLElement; say(message: string | null): void } {
  const el = h('div', { class: 'error', role: 'alert', 'data-hook': hook, hidden: true });
  return {
    el,
    say(message) {
      el.textContent = message ?? '';
      el.hidden = message === null;
    },
  };
}
