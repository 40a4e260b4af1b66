// A patron's levers in the engine: package size, withdrawal, conditional support, what an arms
// sale costs the seller, and the influence a patron loses by neglecting a client at war.
import { describe, expect, it } from 'vitest';
import { hashState, resolveTurn, validateOrders, type GameState, type Order, type PackageKind, type SupportCondition } from '../../../src/engine';
import { entries, play, quiet, refuse, totalOf } from '../helpers';

const send = (pkg: PackageKind, extra: { covert?: boolean; size?: number; condition?: SupportCondition } = {}): Order => ({ kind: 'support', client: 'azerbaijan', package: pkg, covert: extra.covert ?? false, ...(extra.size ? { size: extra.size } : {}), ...(extra.condition ? { condition: extra.condition } : {}) });

/** No covert link can be rolled for exposure unless a test sends it. */
function calm(seed = 'test'): GameState {
  const s = quiet(seed);
  s.links = s.links.filter((l) => !l.covert);
  return s;
}

/** A ceasefire from Russia to both sides, delivered this turn and answerable the next. */
function ceasefireOffered(s: GameState): { state: GameState; id: string } {
  const r = play(s, { russia: [{ kind: 'propose', to: ['armenia', 'azerbaijan'], terms: { kind: 'ceasefire', turns: 1, monitors: [] } }] });
  const id = entries(r.log, 'proposal')[0].proposal;
  return { state: r.state, id };
}

describe('support orders: strict input', () => {
  it('refuses a size outside 1-3, a condition naming both a proposal and terms, and an unknown proposal, and names the order', () => {
    const s = calm();
    for (const size of [0, 4, 1.5, '2']) {
      const r = validateOrders(s, 'turkey', [{ kind: 'support', client: 'azerbaijan', package: 'drones', covert: false, size }]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/order 1 \(support\).*size/);
    }
    const both = validateOrders(s, 'turkey', [{ kind: 'support', client: 'azerbaijan', package: 'drones', covert: false, condition: { proposal: 'p1', terms: 'ceasefire', answer: 'reject' } }]);
    expect(both.ok === false && both.message).toMatch(/not both/);
    const unknown = validateOrders(s, 'turkey', [send('drones', { condition: { proposal: 'p-none', answer: 'reject' } })]);
    expect(unknown.ok === false && unknown.code).toBe('ERR_UNKNOWN_PROPOSAL');
  });

  it('charges the cost times the size, and refuses a package the treasury cannot pay with nothing applied', () => {
    const s = calm();
    const unit = s.rules.support.drones.cost;
    s.actors.turkey.treasury = unit * 2;
    const r = refuse(s, { turkey: [send('drones', { size: 3 })] });
    expect(r.code).toBe('ERR_NO_MONEY');
    const two = play(s, { turkey: [send('drones', { size: 2 })] });
    expect(two.state.actors.turkey.treasury).toBe(s.actors.turkey.treasury - unit * 2 - s.rules.orderCost.support.money + s.actors.turkey.income);
  });

  it('refuses to withdraw a link that is unknown, another patron\'s, already ended, or named twice, and applies nothing', () => {
    const s = calm();
    const russian = s.links.find((l) => l.patron === 'russia')!;
    const turkish = s.links.find((l) => l.patron === 'turkey')!;
    const before = hashState(s);
    expect(refuse(s, { turkey: [{ kind: 'withdraw', link: 'link-999' }] }).code).toBe('ERR_UNKNOWN_LINK');
    expect(refuse(s, { turkey: [{ kind: 'withdraw', link: russian.id }] }).code).toBe('ERR_NOT_YOUR_LINK');
    expect(refuse(s, { turkey: [{ kind: 'withdraw', link: turkish.id }, { kind: 'withdraw', link: turkish.id }] }).code).toBe('ERR_WITHDRAWN');
    expect(hashState(s)).toBe(before);
    const ended = play(s, { turkey: [{ kind: 'withdraw', link: turkish.id }] }).state;
    expect(refuse(ended, { turkey: [{ kind: 'withdraw', link: turkish.id }] }).code).toBe('ERR_LINK_ENDED');
  });
});

describe('support: size, withdrawal and strings', () => {
  it('a package of size 2 brings twice the forces and twice the influence', () => {
    const s = calm();
    s.actors.turkey.influence.azerbaijan = 10;
    const rule = s.rules.support.drones;
    const drones = totalOf(s, 'azerbaijan', 'drones');
    let cur = play(s, { turkey: [send('drones', { size: 2 })] });
    for (let i = 0; i < 3 && !entries(cur.log, 'support').some((e) => e.change === 'delivered' && e.patron === 'turkey'); i++) cur = play(cur.state);
    expect(totalOf(cur.state, 'azerbaijan', 'drones')).toBe(drones + 2 * (rule.forces.drones ?? 0));
    const gained = entries(cur.log, 'stat').find((e) => e.actor === 'turkey' && e.field === 'influence' && e.cause === 'drones delivered');
    expect(gained?.delta).toBe(2 * rule.influence);
  });

  it('a withdrawn package stops: it never arrives, and the patron loses influence over the client', () => {
    const s = calm();
    const sent = play(s, { turkey: [send('drones')] });
    const link = sent.state.links.find((l) => l.patron === 'turkey' && l.delivered === 0)!;
    const pulled = play(sent.state, { turkey: [{ kind: 'withdraw', link: link.id }] });
    expect(entries(pulled.log, 'support').map((e) => e.change)).toContain('withdrawn');
    expect(entries(pulled.log, 'stat').find((e) => e.actor === 'turkey' && e.field === 'influence' && e.cause === 'withdrew drones')?.delta).toBe(-s.rules.patronage.withdrawInfluence);
    let cur = pulled;
    for (let i = 0; i < 3; i++) {
      expect(entries(cur.log, 'support').some((e) => e.link === link.id && e.change === 'delivered')).toBe(false);
      cur = play(cur.state);
    }
    expect(cur.state.links.find((l) => l.id === link.id)?.active).toBe(false);
  });

  it('drones if you refuse the ceasefire: delivered when the client refuses', () => {
    const { state, id } = ceasefireOffered(calm());
    const strings = play(state, { turkey: [send('drones', { condition: { proposal: id, answer: 'reject' } })], azerbaijan: [{ kind: 'answer', proposal: id, answer: 'reject' }] });
    const link = strings.state.links.find((l) => l.condition)!;
    let cur = strings;
    for (let i = 0; i < 3 && !entries(cur.log, 'support').some((e) => e.link === link.id && e.change === 'delivered'); i++) cur = play(cur.state);
    expect(entries(cur.log, 'support').some((e) => e.link === link.id && e.change === 'delivered')).toBe(true);
  });

  it('drones if you refuse the ceasefire: kept back, and the patron refunded, when the client accepts', () => {
    const { state, id } = ceasefireOffered(calm());
    const strings = play(state, { turkey: [send('drones', { condition: { proposal: id, answer: 'reject' } })] });
    const link = strings.state.links.find((l) => l.condition)!;
    const answered = play(strings.state, { azerbaijan: [{ kind: 'answer', proposal: id, answer: 'accept' }] });
    expect(entries(answered.log, 'support').find((e) => e.link === link.id)?.change).toBe('withdrawn');
    expect(entries(answered.log, 'stat').find((e) => e.actor === 'turkey' && e.field === 'treasury' && /kept back/.test(e.cause))?.delta).toBe(state.rules.support.drones.cost);
    const later = play(answered.state);
    expect(entries(later.log, 'support').some((e) => e.link === link.id && e.change === 'delivered')).toBe(false);
  });
});

describe('arms sales and neglect', () => {
  it('an arms sale to a side at war costs the seller legitimacy and relations with the rival patron and the critics', () => {
    const s = calm();
    const deal = { kind: 'arms-deal' as const, seller: 'russia', buyer: 'azerbaijan', package: 'arms' as const, price: 6, delay: 1 };
    const offered = play(s, { russia: [{ kind: 'propose', to: ['azerbaijan'], terms: deal }] });
    const id = entries(offered.log, 'proposal')[0].proposal;
    const done = play(offered.state, { azerbaijan: [{ kind: 'answer', proposal: id, answer: 'accept' }] });
    const stats = entries(done.log, 'stat').filter((e) => e.actor === 'russia' && /sells arms to Azerbaijan/.test(e.cause));
    expect(stats.find((e) => e.field === 'legitimacy')?.delta).toBeLessThan(0);
    expect(stats.filter((e) => e.field === 'relations').length).toBeGreaterThanOrEqual(2);
    expect(entries(done.log, 'stat').find((e) => e.actor === 'azerbaijan' && e.field === 'treasury' && /arms deal/.test(e.cause))?.delta).toBe(-6);
  });

  it('a patron that delivers nothing to a client at war loses influence over it week by week; one that delivers does not', () => {
    const s = calm();
    let idle = { state: s, log: [] as ReturnType<typeof play>['log'] };
    for (let i = 0; i < 4; i++) idle = play(idle.state);
    expect(idle.state.actors.turkey.influence.azerbaijan).toBeLessThan(s.actors.turkey.influence.azerbaijan);
    let busy = { state: s, log: [] as ReturnType<typeof play>['log'] };
    for (let i = 0; i < 4; i++) busy = play(busy.state, { turkey: [send('intelligence')] });
    const neglected = (st: GameState): boolean => resolveTurn(st, {}).ok && entries(play(st).log, 'stat').some((e) => e.actor === 'turkey' && /nothing delivered/.test(e.cause));
    expect(neglected(idle.state)).toBe(true);
    expect(neglected(busy.state)).toBe(false);
  });
});
