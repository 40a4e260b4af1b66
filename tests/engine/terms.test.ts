import { describe, expect, it } from 'vitest';
import { validateOrder, type Order } from '../../src/engine';
import { quiet } from './helpers';

const propose = (terms: unknown): Order => ({ kind: 'propose', to: ['armenia'], terms } as Order);

describe('the terms of a proposal are checked before it is sent', () => {
  it.each([
    ['a ceasefire with a monitor who does not exist', { kind: 'ceasefire', turns: 2, monitors: ['narnia'] }, 'ERR_UNKNOWN_ACTOR'],
    ['a ceasefire of no turns', { kind: 'ceasefire', turns: 0, monitors: [] }, 'ERR_BAD_TERMS'],
    ['a transfer to nobody', { kind: 'settlement', transfers: [{ region: 'aghdam', to: 'narnia', afterTurns: 0 }], corridors: [], peacekeepers: null, monitoringCentre: [], displacedReturn: false, prisonerExchange: false }, 'ERR_UNKNOWN_ACTOR'],
    ['a corridor through nowhere', { kind: 'settlement', transfers: [], corridors: ['atlantis'], peacekeepers: null, monitoringCentre: [], displacedReturn: false, prisonerExchange: false }, 'ERR_UNKNOWN_REGION'],
    ['peacekeepers for 99 years', { kind: 'settlement', transfers: [], corridors: [], peacekeepers: { actor: 'russia', strength: 5, years: 99, renewable: true }, monitoringCentre: [], displacedReturn: false, prisonerExchange: false }, 'ERR_BAD_TERMS'],
    ['an arms deal for an unknown package', { kind: 'arms-deal', seller: 'russia', buyer: 'armenia', package: 'hugs', price: 5, delay: 1 }, 'ERR_BAD_TERMS'],
    ['an arms deal at a negative price', { kind: 'arms-deal', seller: 'russia', buyer: 'armenia', package: 'arms', price: -5, delay: 1 }, 'ERR_BAD_TERMS'],
    ['basing in an unknown region', { kind: 'basing', host: 'armenia', guest: 'russia', region: 'atlantis', turns: 4 }, 'ERR_UNKNOWN_REGION'],
    ['transit for a year and more', { kind: 'transit', grantor: 'georgia', user: 'russia', turns: 53 }, 'ERR_BAD_TERMS'],
    ['a summit with an essay for an agenda', { kind: 'summit', agenda: 'x'.repeat(201) }, 'ERR_BAD_TERMS'],
    ['an unknown kind of proposal', { kind: 'alliance' }, 'ERR_BAD_TERMS'],
  ])('refuses %s', (_name, terms, code) => {
    const r = validateOrder(quiet(), 'azerbaijan', propose(terms));
    expect(r.ok ? null : r.code).toBe(code);
  });

  it('accepts a well-formed settlement', () => {
    const terms = { kind: 'settlement', transfers: [{ region: 'aghdam', to: 'azerbaijan', afterTurns: 1 }], corridors: ['lachin'], peacekeepers: { actor: 'russia', strength: 10, years: 5, renewable: true }, monitoringCentre: ['russia', 'turkey'], displacedReturn: true, prisonerExchange: true };
    expect(validateOrder(quiet(), 'azerbaijan', propose(terms)).ok).toBe(true);
  });

  it('terms with a missing list are refused with ERR_BAD_TERMS instead of throwing (ceasefire without monitors: "terms.monitors is not iterable"; settlement without transfers)', () => {
    const s = quiet();
    for (const terms of [{ kind: 'ceasefire', turns: 2 }, { kind: 'settlement' }, { kind: 'settlement', transfers: 'all' }]) {
      let r: ReturnType<typeof validateOrder> | undefined;
      expect(() => (r = validateOrder(s, 'azerbaijan', propose(terms)))).not.toThrow();
      expect(r && !r.ok ? r.code : null).toBe('ERR_BAD_TERMS');
    }
  });

  it('a statement\'s stance must be support, condemn or call-for-calm ("love" is accepted today)', () => {
    const r = validateOrder(quiet(), 'azerbaijan', propose({ kind: 'statement', stance: 'love', about: 'armenia' }));
    expect(r.ok ? null : r.code).toBe('ERR_BAD_TERMS');
  });

  it('terms of every kind come back rebuilt: equal to what was sent, but a fresh object with fresh lists', () => {
    const s = quiet();
    const every = [
      { kind: 'ceasefire', turns: 4, monitors: ['russia'] },
      { kind: 'settlement', transfers: [{ region: 'aghdam', to: 'azerbaijan', afterTurns: 0 }], corridors: ['lachin'], peacekeepers: null, monitoringCentre: ['russia'], displacedReturn: true, prisonerExchange: false },
      { kind: 'arms-deal', seller: 'russia', buyer: 'armenia', package: 'arms', price: 5, delay: 1 },
      { kind: 'transit', grantor: 'georgia', user: 'russia', turns: 4 },
      { kind: 'basing', host: 'armenia', guest: 'russia', region: 'gyumri', turns: 52 },
      { kind: 'mediation', mediator: 'minsk' },
      { kind: 'summit', agenda: 'the corridor' },
      { kind: 'statement', stance: 'call-for-calm', about: 'armenia' },
      { kind: 'sanction', target: 'armenia', exports: true },
      { kind: 'recognition', of: 'armenia' },
    ];
    for (const terms of every) {
      const r = validateOrder(s, 'azerbaijan', propose(terms));
      if (!r.ok || r.order.kind !== 'propose') throw new Error(r.ok ? 'not a proposal' : r.message);
      expect(r.order.terms).toEqual(terms);
      expect(r.order.terms).not.toBe(terms);
      for (const [k, v] of Object.entries(terms)) if (Array.isArray(v)) expect((r.order.terms as Record<string, unknown>)[k]).not.toBe(v);
    }
  });

  it('a sanction must say whether exports stop, and peacekeepers must be null or a full record (a missing field is named)', () => {
    const sanction = validateOrder(quiet(), 'azerbaijan', propose({ kind: 'sanction', target: 'armenia' }));
    expect(sanction).toEqual({ ok: false, code: 'ERR_BAD_TERMS', message: 'terms.exports is missing: it must be true or false.' });
    const keepers = validateOrder(quiet(), 'azerbaijan', propose({ kind: 'settlement', transfers: [], corridors: [], peacekeepers: { actor: 'russia', strength: 5, years: 5 }, monitoringCentre: [], displacedReturn: false, prisonerExchange: false }));
    expect(keepers).toEqual({ ok: false, code: 'ERR_BAD_TERMS', message: 'terms.peacekeepers.renewable is missing: it must be true or false.' });
  });
});
