// A team's press: a drawer over the board with the messages it received (and the facilitator's
// announcements) and a form to write one, public (every actor reads it, and the projector) or
// private to the actors ticked. The server logs all of it with the turn; the facilitator reads all.
import { PRESS_MAX_CHARS, type ClassConnection } from '../../net';
import { byId, h } from '../dom';
import { pressList } from './press-list';

export class PressPanel {
  private open = false;
  private seen = 0;
  private isPublic = false;
  private readonly to = new Set<string>();
  private text = '';
  private problem: string | null = null;

  constructor(
    private readonly conn: ClassConnection,
    /** The actors a team may write to (every other actor of the scenario), and their names. */
    private readonly others: () => readonly string[],
    private readonly name: (actor: string) => string,
    private readonly changed: () => void,
  ) {}

  /** The button that opens the drawer, with the count of messages not yet read. */
  button(): HTMLElement {
    const unread = this.conn.press.length - this.seen;
    return h(
      'button',
      { class: 'small press-open', 'data-hook': 'press.open', 'data-tip': 'Messages to and from the other actors, and the facilitator\u2019s announcements', onclick: () => this.toggle() },
      'Press',
      unread > 0 && !this.open ? h('span', { class: 'count', 'data-hook': 'press.unread' }, unread) : null,
    );
  }

  private toggle(): void {
    this.open = !this.open;
    this.changed();
  }

  /** Draws the drawer (or takes it away) in the board's overlay; call after every change. */
  draw(): void {
    const overlay = byId('board-overlay');
    overlay.querySelector('.press-drawer')?.remove();
    if (!this.open) return;
    this.seen = this.conn.press.length;
    const muted = this.conn.roster?.teams.find((t) => t.actor === this.conn.welcome?.actor)?.muted ?? false;
    const text = h('textarea', { rows: 3, maxlength: PRESS_MAX_CHARS, 'data-hook': 'press.text', placeholder: 'Your team\u2019s message', disabled: muted, oninput: (e: Event) => (this.text = (e.target as HTMLTextAreaElement).value) });
    text.value = this.text;
    const mode = (pub: boolean, label: string) =>
      h('button', { type: 'button', class: this.isPublic === pub ? 'on' : '', 'data-hook': pub ? 'press.public' : 'press.private', onclick: () => ((this.isPublic = pub), this.changed()) }, label);
    overlay.append(
      h(
        'div',
        { class: 'press-drawer', 'data-hook': 'press.panel' },
        h('div', { class: 'press-title' }, h('h3', {}, 'Press'), h('button', { class: 'small', 'data-hook': 'press.close', onclick: () => this.toggle() }, 'Close')),
        h('div', { class: 'seg' }, mode(false, 'Private'), mode(true, 'Public')),
        this.isPublic
          ? h('div', { class: 'muted small-text' }, 'Every actor reads a public message, and it shows on the projector.')
          : h(
              'div',
              { class: 'press-to' },
              ...this.others().map((a) =>
                h(
                  'label',
                  { class: 'check', 'data-hook': `press.to.${a}` },
                  h('input', { type: 'checkbox', checked: this.to.has(a), onchange: (e: Event) => ((e.target as HTMLInputElement).checked ? this.to.add(a) : this.to.delete(a)) }),
                  this.name(a),
                ),
              ),
            ),
        text,
        muted ? h('div', { class: 'error', role: 'alert' }, 'The facilitator has muted your team\u2019s press for now.') : null,
        this.problem ? h('div', { class: 'error', role: 'alert', 'data-hook': 'press.error' }, this.problem) : null,
        h('button', { class: 'primary', 'data-hook': 'press.send', disabled: muted || this.conn.status !== 'connected', onclick: () => void this.send() }, this.isPublic ? 'Send to everyone' : 'Send'),
        h('h3', {}, 'Received and sent'),
        pressList(this.conn.press, this.name, 'press.inbox', 'No messages yet.'),
      ),
    );
  }

  private async send(): Promise<void> {
    const text = this.text.trim();
    const to = this.isPublic ? [] : this.others().filter((a) => this.to.has(a));
    this.problem = text === '' ? 'Write the message first.' : !this.isPublic && to.length === 0 ? 'Tick the actors to write to, or make the message public.' : null;
    if (this.problem === null) {
      const r = await this.conn.sendPress({ to, public: this.isPublic, text });
      if (r.ok) this.text = '';
      else this.problem = r.message;
    }
    this.changed();
  }
}
