// Supply routes through third countries: packages and arms deals whose way crosses a country that
// has closed its routes arrive late, unless a transit treaty or a base keeps the cargo moving.
import { describe, expect, it } from 'vitest';
import type { ActorId, GameState, Order, PackageKind, Treaty } from '../../../src/engine';
import { entries, play, quiet } from '../helpers';

const send = (client: ActorId, pkg: PackageKind): Order => ({ kind: 'support', client, package: pkg, covert: false });

function treaty(s: GameState, kind: 'transit' | 'basing', parties: ActorId[]): void {
  const t: Treaty = { id: `t-test-${kind}`, kind, parties: [...parties].sort(), since: s.turn, expires: null, renewable: false, text: 'test', breachedBy: [] };
  s.treaties.push(t);
}

function georgiaClosed(): GameState {
  const s = quiet();
  s.links = s.links.filter((l) => !l.covert);
  s.thirdParties.georgia = { routesOpen: false, tolerance: null, incidents: 0, reinforcedTurn: null };
  return s;
}

/** The link `patron` sends `client` this turn, and the log line that says it set out. */
function sent(s: GameState, patron: ActorId, client: ActorId, pkg: PackageKind) {
  const r = play(s, { [patron]: [send(client, pkg)] });
  const line = entries(r.log, 'support').find((e) => e.change === 'sent' && e.patron === patron);
  const link = r.state.links.find((l) => l.id === line?.link);
  expect(link, `${patron}'s ${pkg} set out`).toBeDefined();
  return { state: r.state, link: link!, text: line!.text, late: link!.deliverTurn - s.turn - s.rules.support[pkg].delay };
}

describe('supply routes', () => {
  it('the shipped scenarios route Russia to Armenia and Turkey to Azerbaijan through Georgia', () => {
    const routes = quiet().rules.transit.routes;
    expect(routes).toContainEqual({ patron: 'russia', client: 'armenia', via: ['georgia'] });
    expect(routes).toContainEqual({ patron: 'turkey', client: 'azerbaijan', via: ['georgia'] });
  });

  it('while Georgia has not closed its routes, cargo goes the usual way', () => {
    const s = quiet();
    expect(s.thirdParties.georgia).toBeUndefined();
    const r = sent(s, 'turkey', 'azerbaijan', 'drones');
    expect(r.late).toBe(0);
    expect(r.text).not.toMatch(/long way/);
  });

  it('once Georgia closes its routes, Turkish drones for Azerbaijan arrive a turn late, say why, and are delivered on that turn and not before', () => {
    const s = georgiaClosed();
    const r = sent(s, 'turkey', 'azerbaijan', 'drones');
    expect(r.late).toBe(s.rules.transit.closedDelay);
    expect(r.text).toMatch(/Georgia closed to military cargo: it goes the long way/);
    let cur = r.state;
    while (cur.turn < r.link.deliverTurn) {
      const next = play(cur);
      expect(entries(next.log, 'support').some((e) => e.link === r.link.id && e.change === 'delivered'), `not yet on turn ${cur.turn}`).toBe(false);
      cur = next.state;
    }
    expect(entries(play(cur).log, 'support').some((e) => e.link === r.link.id && e.change === 'delivered')).toBe(true);
  });

  it('only packages that ship forces are military cargo: money, advisers, intelligence and diplomatic cover are not delayed', () => {
    for (const pkg of ['money', 'advisers', 'intelligence', 'diplomatic-cover'] as const) expect(sent(georgiaClosed(), 'turkey', 'azerbaijan', pkg).late, pkg).toBe(0);
    for (const pkg of ['arms', 'drones', 'special-forces', 'mercenaries'] as const) expect(sent(georgiaClosed(), 'turkey', 'azerbaijan', pkg).late, pkg).toBe(quiet().rules.transit.closedDelay);
  });

  it('a transit treaty with Georgia keeps the patron that holds it on time, and only that patron', () => {
    const s = georgiaClosed();
    treaty(s, 'transit', ['georgia', 'turkey']);
    expect(sent(s, 'turkey', 'azerbaijan', 'drones').late).toBe(0);
    expect(sent(s, 'russia', 'armenia', 'arms').late).toBe(s.rules.transit.closedDelay);
  });

  it('a base in the client\'s territory supplies it without transit; a treaty that has lapsed does not', () => {
    const s = georgiaClosed();
    treaty(s, 'basing', ['armenia', 'russia']);
    expect(sent(s, 'russia', 'armenia', 'arms').late).toBe(0);
    const lapsed = georgiaClosed();
    treaty(lapsed, 'basing', ['armenia', 'russia']);
    lapsed.treaties[lapsed.treaties.length - 1].expires = lapsed.turn - 1;
    expect(sent(lapsed, 'russia', 'armenia', 'arms').late).toBe(lapsed.rules.transit.closedDelay);
  });

  it('a patron with no route through Georgia to its client is not delayed by it', () => {
    const s = georgiaClosed();
    expect(s.rules.transit.routes.some((r) => r.patron === 'russia' && r.client === 'azerbaijan')).toBe(false);
    expect(sent(s, 'russia', 'azerbaijan', 'arms').late).toBe(0);
  });

  it('an arms deal on a closed route arrives late too, and the log says so', () => {
    const s = georgiaClosed();
    const delay = 1;
    const one = play(s, { armenia: [{ kind: 'propose', to: ['russia'], terms: { kind: 'arms-deal', seller: 'russia', buyer: 'armenia', package: 'arms', price: 4, delay } }] });
    const id = entries(one.log, 'proposal').find((e) => e.from === 'armenia')!.proposal;
    const two = play(one.state, { russia: [{ kind: 'answer', proposal: id, answer: 'accept' }] });
    const link = two.state.links.find((l) => l.patron === 'russia' && l.client === 'armenia' && !s.links.some((o) => o.id === l.id));
    expect(link?.deliverTurn).toBe(one.state.turn + delay + s.rules.transit.closedDelay);
    expect(entries(two.log, 'decision').some((e) => e.cause === 'supply route' && /long way/.test(e.text))).toBe(true);
  });

  it('a scenario may switch the rule off with a delay of 0', () => {
    const s = georgiaClosed();
    s.rules = { ...s.rules, transit: { ...s.rules.transit, closedDelay: 0 } };
    expect(sent(s, 'turkey', 'azerbaijan', 'drones').late).toBe(0);
  });
});
