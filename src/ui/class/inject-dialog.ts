// The facilitator's inject: an event played in the open turn of the watched board. A card of the
// scenario's deck, one of its announced (scheduled) events, or one the facilitator writes. It is an
// input of the turn, kept in the class's replay; the server checks it and lists it in the console.
import { HEADLINE_MAX_CHARS, INJECT_TEXT_MAX_CHARS, type Inject } from '../../engine';
import type { ClassConnection } from '../../net';
import type { Scenario } from '../../scenario/types';
import { h } from '../dom';
import { EffectEditor } from './effect-editor';
import { choice, field, formDialog } from './form-dialog';

type Kind = Inject['kind'];

const KINDS: readonly (readonly [Kind, string, string])[] = [
  ['card', 'A card of the deck', 'Plays one of the scenario\u2019s random-event cards this turn, whatever its condition.'],
  ['event', 'An announced event', 'Fires one of the scenario\u2019s scheduled events this turn, without its roll or condition.'],
  ['custom', 'Write one', 'An event of your own: a headline every team reads, a text and its effects.'],
];

export function openInjectDialog(conn: ClassConnection, scenario: Scenario): void {
  let kind: Kind = 'card';
  let cardId = scenario.deck[0]?.id ?? '';
  let eventId = scenario.events[0]?.id ?? '';
  const headline = h('input', { type: 'text', maxlength: HEADLINE_MAX_CHARS, 'data-hook': 'inject.headline', placeholder: 'e.g. Foreign ministers meet in Moscow' });
  const text = h('textarea', { rows: 3, maxlength: INJECT_TEXT_MAX_CHARS, 'data-hook': 'inject.text', placeholder: 'What every team reads in its news.' });
  const effects = new EffectEditor(scenario);
  const made = (): Inject | string => {
    if (kind === 'card') return cardId ? { kind, cardId } : 'This scenario has no deck of cards.';
    if (kind === 'event') return eventId ? { kind, eventId } : 'This scenario has no announced events.';
    const head = headline.value.trim();
    if (head === '') return 'Give the inject a headline: it is what every team reads.';
    return { kind, headline: head, text: text.value.trim(), effects: effects.effects() };
  };
  const form = formDialog('inject', 'Inject an event this turn', 'Inject', async () => {
    const inject = made();
    if (typeof inject === 'string') return inject;
    const r = await conn.inject(inject);
    return r.ok ? null : r.message;
  });
  const draw = (): void => {
    const about = KINDS.find((k) => k[0] === kind)![2];
    form.body(
      h(
        'div',
        { class: 'seg' },
        ...KINDS.map(([k, label]) => h('button', { type: 'button', class: k === kind ? 'on' : '', 'data-hook': `inject.kind.${k}`, onclick: () => ((kind = k), draw()) }, label)),
      ),
      h('p', { class: 'muted small-text' }, about),
      kind === 'card'
        ? field('Card', choice('inject.card', scenario.deck.map((c) => [c.id, c.title] as const), cardId, (v) => (cardId = v)))
        : kind === 'event'
          ? field('Event', choice('inject.event', scenario.events.map((e) => [e.id, `Turn ${e.turn + 1}: ${e.title}`] as const), eventId, (v) => (eventId = v)))
          : h('div', {}, field('Headline', headline), field('Text', text), h('h3', {}, 'Effects'), effects.root),
    );
  };
  draw();
}
