import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/engine';
import { orderTitle } from '../../src/ui/order-title';

const names = {
  regions: { lachin: { name: 'Lachin' }, gyumri: { name: 'Gyumri' } },
  actors: { russia: { name: 'Russia' }, armenia: { name: 'Armenia' }, azerbaijan: { name: 'Azerbaijan' }, georgia: { name: 'Georgia' }, turkey: { name: 'Turkey' } },
};
type Terms = Extract<Order, { kind: 'propose' }>['terms'];
const propose = (terms: Terms): Order => ({ kind: 'propose', to: ['armenia'], terms });
const settlement = (over: Partial<Extract<Terms, { kind: 'settlement' }>>): Terms => ({
  kind: 'settlement', transfers: [], corridors: [], peacekeepers: null, monitoringCentre: [], displacedReturn: false, prisonerExchange: false, ...over,
});

describe('a proposal order\'s title', () => {
  const every: Terms[] = [
    { kind: 'ceasefire', turns: 2, monitors: [] },
    settlement({}),
    { kind: 'arms-deal', seller: 'russia', buyer: 'armenia', package: 'arms', price: 5, delay: 1 },
    { kind: 'transit', grantor: 'georgia', user: 'turkey', turns: 4 },
    { kind: 'basing', host: 'armenia', guest: 'russia', region: 'gyumri', turns: 52 },
    { kind: 'mediation', mediator: 'russia' },
    { kind: 'summit', agenda: 'talks' },
    { kind: 'statement', stance: 'condemn', about: 'azerbaijan' },
    { kind: 'sanction', target: 'turkey', exports: true },
    { kind: 'recognition', of: 'armenia' },
  ];

  it('names each kind in words, with names instead of ids and no "a" before a vowel', () => {
    const titles = every.map((t) => orderTitle(propose(t), names).title);
    for (const title of titles) {
      expect(title).toMatch(/^Propose /);
      expect(title).not.toMatch(/\ba [aeiou]/i);
      expect(title).not.toMatch(/\b(russia|armenia|azerbaijan|georgia|turkey|gyumri|arms-deal)\b/);
    }
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('says what a settlement settles: hold the lines only when nothing changes hands', () => {
    expect(orderTitle(propose(settlement({})), names).title).toContain('hold the lines');
    const handing = orderTitle(propose(settlement({ transfers: [{ region: 'lachin', to: 'azerbaijan', afterTurns: 2 }], corridors: ['lachin'], peacekeepers: { actor: 'russia', strength: 4, years: 5, renewable: true } })), names).title;
    expect(handing).not.toContain('hold the lines');
    expect(handing).toContain('1 region handed over');
    expect(handing).toContain('corridor through Lachin');
    expect(handing).toContain('Russia peacekeepers');
  });
});
