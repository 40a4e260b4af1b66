// The effects of an inject the facilitator writes: each a kind from the scenario's own events and
// deck (proposals left to cards and events), with pickers for its actors and region and boxes for
// its figures. The server checks them again (the same fields, the same limits).
import { FORCE_TYPES, type EventEffect, type ForceType } from '../../engine';
import type { Scenario } from '../../scenario/types';
import { h } from '../dom';
import { FORCE_LONG } from '../format';
import { choice } from './form-dialog';

type Kind = Exclude<EventEffect['kind'], 'propose'>;
type Slot = 'actor' | 'region' | 'number' | 'forces';

/** Each kind's fields, as the server reads them, and what picks each one. */
const FIELDS: Readonly<Record<Kind, readonly (readonly [string, Slot])[]>> = {
  support: [['actor', 'actor'], ['delta', 'number']],
  legitimacy: [['actor', 'actor'], ['delta', 'number']],
  treasury: [['actor', 'actor'], ['delta', 'number']],
  relations: [['actor', 'actor'], ['with', 'actor'], ['delta', 'number']],
  tension: [['delta', 'number']],
  forces: [['actor', 'actor'], ['region', 'region'], ['forces', 'forces']],
  casualties: [['actor', 'actor'], ['military', 'number'], ['civilian', 'number']],
  embargo: [['by', 'actor'], ['on', 'actor']],
  'transit-ban': [['by', 'actor']],
  war: [['a', 'actor'], ['b', 'actor']],
  'end-war': [],
  'delay-handover': [['region', 'region'], ['turns', 'number']],
};

const WORDS: Readonly<Record<Kind, string>> = {
  support: 'Public support',
  legitimacy: 'Legitimacy',
  treasury: 'Treasury',
  relations: 'Relations',
  tension: 'Tension',
  forces: 'Forces in a region',
  casualties: 'Casualties',
  embargo: 'Embargo',
  'transit-ban': 'Transit ban',
  war: 'War begins',
  'end-war': 'War ends',
  'delay-handover': 'A handover delayed (weeks)',
};

/** The kinds the scenario's events and cards use, in the order above. */
function effectKinds(scenario: Scenario): Kind[] {
  const used = new Set([...scenario.events, ...scenario.deck].flatMap((e) => e.effects.map((x) => x.kind)));
  return (Object.keys(FIELDS) as Kind[]).filter((k) => used.has(k));
}

type Draft = Record<string, string | number | Partial<Record<ForceType, number>>>;

function blank(kind: Kind, scenario: Scenario): Draft {
  const d: Draft = { kind };
  for (const [name, slot] of FIELDS[kind]) d[name] = slot === 'actor' ? scenario.actors[0].id : slot === 'region' ? scenario.regions[0].id : slot === 'forces' ? {} : 0;
  return d;
}

/** A list of effects being written, drawn into `root`; `effects()` reads them as the engine's. */
export class EffectEditor {
  private drafts: Draft[] = [];
  readonly root = h('div', { class: 'effects', 'data-hook': 'inject.effects' });

  constructor(private readonly scenario: Scenario) {
    this.draw();
  }

  effects(): EventEffect[] {
    return this.drafts.map((d) => ({ ...d }) as unknown as EventEffect);
  }

  private draw(): void {
    const kinds = effectKinds(this.scenario);
    const actors = this.scenario.actors.map((a) => [a.id, a.name] as const);
    const regions = this.scenario.regions.map((r) => [r.id, r.name] as const);
    const rows = this.drafts.map((d, i) => {
      const kind = d.kind as Kind;
      const at = `inject.effect.${i}`;
      const parts = FIELDS[kind].map(([name, slot]) => {
        const hook = `${at}.${name}`;
        if (slot === 'actor') return h('span', { class: 'slot' }, `${name} `, choice(hook, actors, d[name] as string, (v) => (d[name] = v)));
        if (slot === 'region') return h('span', { class: 'slot' }, choice(hook, regions, d[name] as string, (v) => (d[name] = v)));
        if (slot === 'number') return h('span', { class: 'slot' }, `${name} `, this.number(hook, d[name] as number, (n) => (d[name] = n)));
        const forces = d[name] as Partial<Record<ForceType, number>>;
        return h(
          'span',
          { class: 'slot forces' },
          ...FORCE_TYPES.map((t) => h('span', { class: 'force' }, `${FORCE_LONG[t]} `, this.number(`${hook}.${t}`, forces[t] ?? 0, (n) => (n === 0 ? delete forces[t] : (forces[t] = n))))),
        );
      });
      return h(
        'div',
        { class: 'card effect', 'data-hook': at },
        h('div', { class: 'effect-head' }, choice(`${at}.kind`, kinds.map((k) => [k, WORDS[k]] as const), kind, (v) => this.replace(i, blank(v as Kind, this.scenario))), h('button', { type: 'button', class: 'small', 'data-hook': `${at}.remove`, onclick: () => this.replace(i, null) }, 'Remove')),
        h('div', { class: 'effect-fields' }, ...parts),
      );
    });
    this.root.replaceChildren(
      ...rows,
      kinds.length
        ? h('button', { type: 'button', class: 'small', 'data-hook': 'inject.effect.add', onclick: () => this.replace(this.drafts.length, blank(kinds[0], this.scenario)) }, '+ Add an effect')
        : h('div', { class: 'muted small-text' }, 'This scenario\u2019s events have no effects a written inject may use.'),
    );
  }

  private number(hook: string, value: number, set: (n: number) => void): HTMLInputElement {
    return h('input', { type: 'number', step: 1, value, 'data-hook': hook, oninput: (e: Event) => set(Math.trunc(Number((e.target as HTMLInputElement).value) || 0)) });
  }

  /** Puts `d` at `i` (a new one at the end), or removes the effect at `i` (null). */
  private replace(i: number, d: Draft | null): void {
    if (d) this.drafts[i] = d;
    else this.drafts.splice(i, 1);
    this.draw();
  }
}
