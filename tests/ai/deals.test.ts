// Computer patrons use the other proposal kinds: arms deals, transit and basing, each proposed by
// doctrine in a situation built for it, and answered with reasons by the actor it is put to.
import { describe, expect, it } from 'vitest';
import { chooseOrders, ordersForAll } from '../../src/ai';
import { newGame, resolveTurn, type ActorId, type GameState, type LogEntry, type Order, type Proposal, type ProposalTerms } from '../../src/engine';
import { playGame } from '../../src/cli/game-loop';
import { SCENARIOS } from '../../src/scenario';

/** A 2020-war game a week in, as plain mutable data, with the scheduled and random events removed. */
function atWar(seed: string, turn = 1): GameState {
  const res = newGame(SCENARIOS['2020-war'], seed, { variant: null });
  if (!res.ok) throw new Error(res.message);
  const s = structuredClone<GameState>(res.state);
  s.turn = turn;
  s.events = [];
  s.pendingEvents = [];
  s.deck = [];
  return s;
}

function capture(s: GameState, region: string, by: ActorId): void {
  s.regions[region].controller = by;
  s.regions[region].capturedTurn = s.turn - 1;
  for (const id of s.actorOrder) if (id !== by) delete s.actors[id].forces[region];
}

function pending(s: GameState, from: ActorId, to: ActorId, terms: ProposalTerms): Proposal {
  const p: Proposal = { id: `p${s.nextId++}`, from, to: [to], turn: s.turn - 1, terms, answers: {}, status: 'pending' };
  s.proposals.push(p);
  return p;
}

type Propose = Extract<Order, { kind: 'propose' }>;
const proposals = (orders: readonly Order[], kind: ProposalTerms['kind']): Propose[] => orders.filter((o): o is Propose => o.kind === 'propose' && o.terms.kind === kind);

/** The decisions of `actor` over many seeds of the same situation (the dice differ, the situation does not). */
function overSeeds(make: (seed: string) => GameState, actor: ActorId, n = 30): { state: GameState; orders: Order[]; reasons: string[] }[] {
  const out = [];
  for (let i = 0; i < n; i++) {
    const state = make(`deal-${i}`);
    out.push({ state, ...chooseOrders(state, actor, { difficulty: 'normal' }) });
  }
  return out;
}

describe('arms deals', () => {
  /** Azerbaijan at war; Russia's hold over it has slipped below the 30 its aims want. */
  const slipping = (seed: string): GameState => {
    const s = atWar(seed);
    s.actors.russia.influence.azerbaijan = 18;
    return s;
  };

  it('a patron whose hold on a client at war is slipping offers it arms for sale, and says why', () => {
    const runs = overSeeds(slipping, 'russia');
    const offers = runs.filter((r) => proposals(r.orders, 'arms-deal').length > 0);
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.length).toBeLessThan(runs.length); // a seeded chance, not every time
    for (const r of offers) {
      const o = proposals(r.orders, 'arms-deal')[0];
      expect(o.to).toEqual(['azerbaijan']);
      expect(o.terms).toMatchObject({ seller: 'russia', buyer: 'azerbaijan', package: 'arms', price: r.state.rules.support.arms.cost });
      expect(r.reasons.some((x) => /arms deal/.test(x) && /influence over Azerbaijan is 18, short of the 30/.test(x))).toBe(true);
      // It does not also give the same package away this week.
      expect(r.orders.some((x) => x.kind === 'support' && x.client === 'azerbaijan' && x.package === 'arms')).toBe(false);
    }
  });

  it('no offer when the client needs nothing and the hold is firm, when the client cannot pay, or within weeks of the last one', () => {
    const firm = (seed: string): GameState => {
      const s = slipping(seed);
      s.actors.russia.influence.azerbaijan = 40;
      return s;
    };
    const broke = (seed: string): GameState => {
      const s = slipping(seed);
      s.actors.azerbaijan.treasury = 5;
      return s;
    };
    const recent = (seed: string): GameState => {
      const s = slipping(seed);
      const p = pending(s, 'russia', 'azerbaijan', { kind: 'arms-deal', seller: 'russia', buyer: 'azerbaijan', package: 'arms', price: 6, delay: 1 });
      p.status = 'accepted';
      return s;
    };
    for (const make of [firm, broke, recent]) for (const r of overSeeds(make, 'russia')) expect(proposals(r.orders, 'arms-deal')).toEqual([]);
  });

  it('the buyer accepts with its reasons and pays; the deal is enacted and delivers', () => {
    const run = overSeeds(slipping, 'russia').find((r) => proposals(r.orders, 'arms-deal').length > 0);
    expect(run).toBeDefined();
    if (!run) return;
    const week1 = resolveTurn(run.state, ordersForAll(run.state));
    if (!week1.ok) throw new Error(week1.message);
    const p = week1.state.proposals.find((x) => x.from === 'russia' && x.terms.kind === 'arms-deal');
    expect(p?.status).toBe('pending');
    const answer = chooseOrders(week1.state, 'azerbaijan');
    expect(answer.orders).toContainEqual(expect.objectContaining({ kind: 'answer', proposal: p?.id, answer: 'accept' }));
    expect(answer.reasons.some((x) => x.startsWith(`accept Russia's arms-deal proposal (${p?.id})`) && /1 armour and 1 artillery for 6 while we fight/.test(x))).toBe(true);
    const week2 = resolveTurn(week1.state, ordersForAll(week1.state));
    if (!week2.ok) throw new Error(week2.message);
    expect(week2.state.proposals.find((x) => x.id === p?.id)?.status).toBe('accepted');
    expect(week2.state.links.some((l) => l.patron === 'russia' && l.client === 'azerbaijan' && l.package === 'arms' && l.since === week1.state.turn)).toBe(true);
  });

  it('a buyer that cannot pay refuses, and a seller refuses to arm its client\'s enemy', () => {
    const s = atWar('refuse');
    s.actors.azerbaijan.treasury = 3;
    const p = pending(s, 'russia', 'azerbaijan', { kind: 'arms-deal', seller: 'russia', buyer: 'azerbaijan', package: 'arms', price: 6, delay: 1 });
    const d = chooseOrders(s, 'azerbaijan');
    expect(d.orders).toContainEqual(expect.objectContaining({ kind: 'answer', proposal: p.id, answer: 'reject' }));
    expect(d.reasons.some((x) => /reject Russia's arms-deal proposal/.test(x) && /cannot pay 6/.test(x))).toBe(true);
    const t = atWar('refuse');
    const q = pending(t, 'armenia', 'turkey', { kind: 'arms-deal', seller: 'turkey', buyer: 'armenia', package: 'arms', price: 6, delay: 1 });
    const e = chooseOrders(t, 'turkey');
    expect(e.orders).toContainEqual(expect.objectContaining({ kind: 'answer', proposal: q.id, answer: 'reject' }));
    expect(e.reasons.some((x) => /reject Armenia's arms-deal proposal/.test(x) && /against Azerbaijan, whom we back/.test(x))).toBe(true);
  });
});

describe('basing rights', () => {
  /** Zangilan, next to Meghri on Armenia's own border, has fallen to Azerbaijan. */
  const borderReached = (seed: string): GameState => {
    const s = atWar(seed, 2);
    capture(s, 'zangilan', 'azerbaijan');
    return s;
  };

  it('the guarantor of the 1997 treaty proposes a base where the front reaches the land it covers', () => {
    const runs = overSeeds(borderReached, 'russia');
    const offers = runs.filter((r) => proposals(r.orders, 'basing').length > 0);
    expect(offers.length).toBeGreaterThan(0);
    for (const r of offers) {
      expect(proposals(r.orders, 'basing')[0]).toMatchObject({ to: ['armenia'], terms: { host: 'armenia', guest: 'russia', region: 'meghri' } });
      expect(r.reasons.some((x) => /basing rights for our troops at Meghri/.test(x) && /Zangilan fell/.test(x) && /defence treaty covers/.test(x))).toBe(true);
    }
    // Before the front reaches Armenia proper, no base is asked for.
    for (const r of overSeeds((seed) => atWar(seed, 2), 'russia')) expect(proposals(r.orders, 'basing')).toEqual([]);
  });

  it('the host answers: Armenia takes its guarantor\'s troops; Azerbaijan takes Turkey\'s aircraft unless Moscow\'s pull is the stronger', () => {
    const s = borderReached('host');
    const p = pending(s, 'russia', 'armenia', { kind: 'basing', host: 'armenia', guest: 'russia', region: 'meghri', turns: 52 });
    const d = chooseOrders(s, 'armenia');
    expect(d.orders).toContainEqual(expect.objectContaining({ kind: 'answer', proposal: p.id, answer: 'accept' }));
    expect(d.reasons.some((x) => /accept Russia's basing proposal/.test(x) && /bound by our defence treaty/.test(x))).toBe(true);

    const t = atWar('host');
    const q = pending(t, 'turkey', 'azerbaijan', { kind: 'basing', host: 'azerbaijan', guest: 'turkey', region: 'ganja', turns: 52 });
    const e = chooseOrders(t, 'azerbaijan');
    expect(e.orders).toContainEqual(expect.objectContaining({ kind: 'answer', proposal: q.id, answer: 'accept' }));
    expect(e.reasons.some((x) => /accept Turkey's basing proposal/.test(x) && /closest backer/.test(x))).toBe(true);

    const u = atWar('host');
    u.actors.russia.influence.azerbaijan = 70;
    u.actors.turkey.influence.azerbaijan = 40;
    const r = pending(u, 'turkey', 'azerbaijan', { kind: 'basing', host: 'azerbaijan', guest: 'turkey', region: 'ganja', turns: 52 });
    const f = chooseOrders(u, 'azerbaijan');
    expect(f.orders).toContainEqual(expect.objectContaining({ kind: 'answer', proposal: r.id, answer: 'reject' }));
    expect(f.reasons.some((x) => /reject Turkey's basing proposal/.test(x) && /Russia's influence over us \(70\) outweighs Turkey's \(40\)/.test(x))).toBe(true);
  });

  it('a patron with a strong hold over a client at war asks for an airfield, once', () => {
    const strong = (seed: string): GameState => {
      const s = atWar(seed, 2);
      s.actors.turkey.influence.azerbaijan = 75;
      s.actors.turkey.treasury = 0; // nothing to send this week: the action points are free
      return s;
    };
    const offers = overSeeds(strong, 'turkey', 40).filter((r) => proposals(r.orders, 'basing').length > 0);
    expect(offers.length).toBeGreaterThan(0);
    for (const r of offers) {
      expect(proposals(r.orders, 'basing')[0].terms).toMatchObject({ host: 'azerbaijan', guest: 'turkey', region: 'ganja' });
      expect(r.reasons.some((x) => /aircraft at Ganja/.test(x) && /influence over Azerbaijan is 75/.test(x))).toBe(true);
    }
    const askedBefore = (seed: string): GameState => {
      const s = strong(seed);
      pending(s, 'turkey', 'azerbaijan', { kind: 'basing', host: 'azerbaijan', guest: 'turkey', region: 'ganja', turns: 52 }).status = 'rejected';
      return s;
    };
    for (const r of overSeeds(askedBefore, 'turkey', 40)) expect(proposals(r.orders, 'basing')).toEqual([]);
  });
});

describe('transit rights', () => {
  it('a patron shipping arms asks the countries on its supply route, skipping one whose relations are hostile; the neighbour rules by its stance', () => {
    // Russia ships to Armenia. The shipped route crosses Georgia only, whose relations with Russia
    // are hostile: Russia asks no one. On a route through Georgia or Iran, it asks Iran.
    const shipping = (seed: string, via: string[] = ['georgia']): GameState => {
      const s = atWar(seed);
      s.actors.russia = { ...s.actors.russia, doctrine: { ...s.actors.russia.doctrine, patronOf: [{ client: 'armenia', generosity: 100, packages: ['arms'], covert: false }] } };
      s.rules = { ...s.rules, transit: { ...s.rules.transit, routes: [{ patron: 'russia', client: 'armenia', via }] } };
      return s;
    };
    expect(overSeeds((seed) => shipping(seed), 'russia', 60).some((r) => proposals(r.orders, 'transit').length > 0)).toBe(false);
    const runs = overSeeds((seed) => shipping(seed, ['georgia', 'iran']), 'russia', 60);
    // A base in Armenia supplies it: no transit is asked for at all.
    const based = (seed: string): GameState => {
      const s = shipping(seed, ['georgia', 'iran']);
      s.treaties = [...s.treaties, { id: 't-base', kind: 'basing', parties: ['armenia', 'russia'], since: 0, expires: null, renewable: false, text: 'base', breachedBy: [] }];
      return s;
    };
    expect(overSeeds(based, 'russia', 60).some((r) => proposals(r.orders, 'transit').length > 0)).toBe(false);
    const asks = runs.filter((r) => proposals(r.orders, 'transit').length > 0);
    expect(asks.length).toBeGreaterThan(0);
    expect(asks.length).toBeLessThan(runs.length);
    for (const r of asks) {
      expect(proposals(r.orders, 'transit')[0]).toMatchObject({ to: ['iran'], terms: { grantor: 'iran', user: 'russia' } });
      expect(r.reasons.some((x) => /transit rights/.test(x) && /cargo for Armenia needs a route/.test(x) && /Georgia's relations with us are -40/.test(x))).toBe(true);
    }
    // Turkey, on good terms with Georgia, asks Georgia; Georgia, a background actor, answers by its rule.
    const turkish = (seed: string): GameState => {
      const s = atWar(seed);
      s.actors.turkey = { ...s.actors.turkey, doctrine: { ...s.actors.turkey.doctrine, patronOf: [{ client: 'azerbaijan', generosity: 100, packages: ['arms'], covert: false }] } };
      return s;
    };
    const ask = overSeeds(turkish, 'turkey', 60).find((r) => proposals(r.orders, 'transit').length > 0);
    expect(ask).toBeDefined();
    if (!ask) return;
    expect(proposals(ask.orders, 'transit')[0].to).toEqual(['georgia']);
    const week1 = resolveTurn(ask.state, ordersForAll(ask.state));
    if (!week1.ok) throw new Error(week1.message);
    const week2 = resolveTurn(week1.state, ordersForAll(week1.state));
    if (!week2.ok) throw new Error(week2.message);
    expect(week2.log.some((e) => e.kind === 'answer' && e.actor === 'georgia' && /Georgia (accepts|rejects) Turkey's proposal: /.test(e.text))).toBe(true);
  });

  it('a neighbour whose border the fighting has reached refuses war material; otherwise it weighs relations', () => {
    const calm = atWar('iran');
    const p = pending(calm, 'russia', 'iran', { kind: 'transit', grantor: 'iran', user: 'russia', turns: 8 });
    const yes = chooseOrders(calm, 'iran');
    expect(yes.orders).toContainEqual(expect.objectContaining({ kind: 'answer', proposal: p.id, answer: 'accept' }));
    expect(yes.reasons.some((x) => /accept Russia's transit proposal/.test(x) && /away from our border/.test(x))).toBe(true);
    const hot = atWar('iran');
    capture(hot, 'jabrayil', 'azerbaijan');
    const q = pending(hot, 'russia', 'iran', { kind: 'transit', grantor: 'iran', user: 'russia', turns: 8 });
    const no = chooseOrders(hot, 'iran');
    expect(no.orders).toContainEqual(expect.objectContaining({ kind: 'answer', proposal: q.id, answer: 'reject' }));
    expect(no.reasons.some((x) => /reject Russia's transit proposal/.test(x) && /reached our border \(Jabrayil\)/.test(x))).toBe(true);
  });
});

describe('deals stay modest', () => {
  it('in whole computer games each kind turns up in some games, a few times a game at most, and each is answered', () => {
    const kinds = ['arms-deal', 'transit', 'basing'] as const;
    const games: Record<string, number> = {};
    for (let i = 1; i <= 16; i++) {
      const res = playGame(SCENARIOS['2020-war'], `modest-${i}`, { log: true });
      expect(res.ok).toBe(true);
      if (!res.ok) continue;
      const { logs, state } = res.game;
      const made = logs.filter((e): e is Extract<LogEntry, { kind: 'proposal' }> => e.kind === 'proposal' && (kinds as readonly string[]).includes(e.terms.kind));
      expect(made.length).toBeLessThanOrEqual(5);
      for (const k of kinds) {
        const n = made.filter((e) => e.terms.kind === k).length;
        expect(n).toBeLessThanOrEqual(3);
        if (n > 0) games[k] = (games[k] ?? 0) + 1;
      }
      // Every one is answered by the actor it was put to (or was made too late in the game to be).
      for (const e of made) {
        const answered = logs.some((x) => x.kind === 'answer' && x.proposal === e.proposal && e.to.includes(x.actor));
        expect(answered || e.turn >= (state.ended?.turn ?? state.turn) - 1).toBe(true);
      }
    }
    for (const k of kinds) {
      expect(games[k] ?? 0).toBeGreaterThan(0);
      expect(games[k] ?? 0).toBeLessThan(16);
    }
  }, 120_000);
});
