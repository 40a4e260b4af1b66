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
});
