// The facilitator's override, with its reason: the ground attack on a region this turn ends as set
// (taken or held), or an announced event of this turn happens or not, whatever the dice say. The
// reason is required; it goes into the turn's log and the replay, and the debrief shows the turn
// as it would have gone without the override.
import { OVERRIDE_REASON_MAX_CHARS, type Override } from '../../engine';
import type { ClassConnection } from '../../net';
import type { Scenario } from '../../scenario/types';
import { h } from '../dom';
import { choice, field, formDialog } from './form-dialog';

export function openOverrideDialog(conn: ClassConnection, scenario: Scenario, turn: number): void {
  let kind: Override['kind'] = 'fight';
  let region = scenario.regions[0].id;
  let taken = 'held';
  const thisTurn = scenario.events.filter((e) => e.turn === turn);
  let eventId = thisTurn[0]?.id ?? '';
  let happens = 'yes';
  const reason = h('input', { type: 'text', maxlength: OVERRIDE_REASON_MAX_CHARS, 'data-hook': 'override.reason', placeholder: 'Why: it is logged and shown in the debrief' });
  const form = formDialog('override', 'Override a result this turn', 'Override', async () => {
    const why = reason.value.trim();
    if (why === '') return 'Give a reason: every override is logged with its reason, and the debrief shows it.';
    if (kind === 'event' && !eventId) return 'No announced event falls in this turn.';
    const override: Override = kind === 'fight' ? { kind, region, result: taken === 'taken' ? 'taken' : 'held', reason: why } : { kind, eventId, happens: happens === 'yes', reason: why };
    const r = await conn.override(override);
    return r.ok ? null : r.message;
  });
  const draw = (): void => {
    form.body(
      h(
        'div',
        { class: 'seg' },
        h('button', { type: 'button', class: kind === 'fight' ? 'on' : '', 'data-hook': 'override.kind.fight', onclick: () => ((kind = 'fight'), draw()) }, 'A region\u2019s fight'),
        h('button', { type: 'button', class: kind === 'event' ? 'on' : '', 'data-hook': 'override.kind.event', onclick: () => ((kind = 'event'), draw()) }, 'An announced event'),
      ),
      kind === 'fight'
        ? h(
            'div',
            {},
            h('p', { class: 'muted small-text' }, 'If a ground attack is made on this region this turn, it ends as you set, whatever the roll. With no attack there, nothing happens.'),
            field('Region', choice('override.region', scenario.regions.map((r) => [r.id, r.name] as const), region, (v) => (region = v))),
            field('Result', choice('override.result', [['held', 'Held by the defender'], ['taken', 'Taken by the attacker']], taken, (v) => (taken = v))),
          )
        : h(
            'div',
            {},
            h('p', { class: 'muted small-text' }, thisTurn.length ? 'The event happens, or does not, whatever its roll and condition.' : 'No announced event falls in this turn.'),
            field('Event', choice('override.event', thisTurn.map((e) => [e.id, e.title] as const), eventId, (v) => (eventId = v))),
            field('Result', choice('override.happens', [['yes', 'It happens'], ['no', 'It does not happen']], happens, (v) => (happens = v))),
          ),
      field('Reason', reason),
    );
  };
  draw();
}
