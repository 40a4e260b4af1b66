// Press messages and announcements as every class screen lists them (a team's inbox, the
// facilitator's console, the projector): who wrote, to whom, in which turn. The text is put in as
// text, never as markup: whatever a student types shows as typed.
import type { PressMessage } from '../../net';
import { h } from '../dom';

type Names = (actor: string) => string;

/** "Azerbaijan to Armenia, Russia" / "Azerbaijan, public" / "The facilitator". */
function pressHeading(m: PressMessage, name: Names): string {
  if (m.from === null) return 'Announcement from the facilitator';
  return m.public ? `${name(m.from)} \u00b7 public` : `${name(m.from)} to ${m.to.map(name).join(', ')} \u00b7 private`;
}

/** The messages, newest first; `hook` prefixes each one's id (`<hook>.<index in the list>`). */
export function pressList(messages: readonly PressMessage[], name: Names, hook: string, empty: string): HTMLElement {
  const items = messages.map((m, i) => ({ m, i })).reverse();
  return h(
    'div',
    { class: 'press-list', 'data-hook': hook },
    items.length === 0 ? h('div', { class: 'muted small-text' }, empty) : null,
    ...items.map(({ m, i }) =>
      h(
        'div',
        { class: `card press ${m.from === null ? 'announce' : m.public ? 'public' : 'private'}`, 'data-hook': `${hook}.${i}` },
        h('div', { class: 'press-head' }, h('span', {}, pressHeading(m, name)), h('span', { class: 'muted' }, `turn ${m.turn + 1}`)),
        h('div', { class: 'press-text' }, m.text),
      ),
    ),
  );
}
