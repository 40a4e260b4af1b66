// Every proposal kind of GAME.md's Diplomacy section, reached by orders and played through the
// engine: what it takes to come into force, and what it does once it is.
import { describe, expect, it } from 'vitest';
import { validateOrder, type ActorId, type GameState, type LogEntry, type Order, type ProposalTerms } from '../../../src/engine';
import { entries, findSeed, play, quiet } from '../helpers';

type Settlement = Extract<ProposalTerms, { kind: 'settlement' }>;

const propose = (to: ActorId[], terms: ProposalTerms): Order => ({ kind: 'propose', to, terms });
const accept = (proposal: string): Order => ({ kind: 'answer', proposal, answer: 'accept' });

/** `from` proposes on this turn; returns the next state and the proposal's id. */
function sent(s: GameState, from: ActorId, to: ActorId[], terms: ProposalTerms): { state: GameState; id: string; log: LogEntry[] } {
  const { state, log } = play(s, { [from]: [propose(to, terms)] });
  const p = entries(log, 'proposal').find((e) => e.from === from);
  expect(p, `${from}'s ${terms.kind} was delivered`).toBeDefined();
  return { state, id: p!.proposal, log };
}

/** Propose, then have every addressee that gives orders accept next turn (background ones answer by rule). */
function agreed(s: GameState, from: ActorId, to: ActorId[], terms: ProposalTerms): { before: GameState; state: GameState; log: LogEntry[]; id: string } {
  const one = sent(s, from, to, terms);
  const orders: Record<ActorId, Order[]> = {};
  for (const a of to) if (!one.state.actors[a].background) orders[a] = [accept(one.id)];
  const two = play(one.state, orders);
  expect(two.state.proposals.find((p) => p.id === one.id)?.status).toBe('accepted');
  return { before: one.state, state: two.state, log: two.log, id: one.id };
}

/** Only the links a test sends can be exposed (initial covert links would move legitimacy and relations). */
function calm(seed = 'test'): GameState {
  const s = quiet(seed);
  s.links = s.links.filter((l) => !l.covert);
  return s;
}

const statsBy = (log: readonly LogEntry[], cause: string | RegExp) =>
  entries(log, 'stat').filter((e) => (typeof cause === 'string' ? e.cause === cause : cause.test(e.cause)));

const BIG_ATTACK: Order = { kind: 'attack', from: 'horadiz', target: 'jabrayil', forces: { infantry: 14, armour: 6, artillery: 5 } };

describe('proposal kinds: ceasefire', () => {
  const cease = (monitors: ActorId[]) => {
    const signed = agreed(calm(), 'azerbaijan', ['armenia', 'artsakh'], { kind: 'ceasefire', turns: 3, monitors });
    const broken = play(signed.state, { azerbaijan: [BIG_ATTACK] });
    return { signed, broken };
  };

  it('without monitors: comes into force with no one watching, lowers tension, and a breach costs standing with the other parties only', () => {
    const { signed, broken } = cease([]);
    const t = signed.state.treaties.find((x) => x.kind === 'ceasefire');
    expect(t?.monitors).toEqual([]);
    expect(t?.parties).toEqual(['armenia', 'artsakh', 'azerbaijan']);
    expect(statsBy(signed.log, 'a ceasefire was agreed').find((e) => e.field === 'tension')?.delta).toBeLessThan(0);
    expect(entries(broken.log, 'treaty').some((e) => e.treaty === t?.id && e.change === 'breached')).toBe(true);
    expect(statsBy(broken.log, 'broke a ceasefire').some((e) => e.field === 'relations')).toBe(true);
    expect(statsBy(broken.log, 'broke a monitored ceasefire')).toHaveLength(0);
  });

  it('with monitors: the monitors are recorded and a breach also sours the breaker\'s relations with each monitor', () => {
    const { signed, broken } = cease(['russia', 'minsk']);
    const t = signed.state.treaties.find((x) => x.kind === 'ceasefire');
    expect([...(t?.monitors ?? [])].sort()).toEqual(['minsk', 'russia']);
    const monitorCost = statsBy(broken.log, 'broke a monitored ceasefire');
    expect(monitorCost.map((e) => e.text).join(' ')).toMatch(/Russia/);
    expect(monitorCost.map((e) => e.text).join(' ')).toMatch(/Minsk/);
    for (const e of monitorCost) {
      expect(e.actor).toBe('azerbaijan');
      expect(e.delta).toBeLessThan(0);
    }
    for (const m of ['russia', 'minsk']) expect(broken.state.actors.azerbaijan.relations[m]).toBeLessThan(signed.state.actors.azerbaijan.relations[m]);
  });

  it('brokered by a third party, it earns the broker legitimacy and influence over the belligerents; proposed by a belligerent, it earns it nothing', () => {
    const brokered = agreed(calm(), 'minsk', ['armenia', 'artsakh', 'azerbaijan'], { kind: 'ceasefire', turns: 2, monitors: [] });
    expect(brokered.state.actors.minsk.legitimacy).toBeGreaterThan(brokered.before.actors.minsk.legitimacy);
    for (const b of ['armenia', 'azerbaijan']) expect(brokered.state.actors.minsk.influence[b]).toBeGreaterThan(brokered.before.actors.minsk.influence[b]);
    const own = agreed(calm(), 'azerbaijan', ['armenia', 'artsakh'], { kind: 'ceasefire', turns: 2, monitors: [] });
    expect(statsBy(own.log, /^brokered/)).toHaveLength(0);
  });
});

describe('proposal kinds: settlement', () => {
  const terms = (pk: Settlement['peacekeepers']): Settlement => ({
    kind: 'settlement',
    transfers: [
      { region: 'aghdam', to: 'azerbaijan', afterTurns: 0 },
      { region: 'kalbajar', to: 'azerbaijan', afterTurns: 2 },
    ],
    corridors: ['lachin'],
    peacekeepers: pk,
    monitoringCentre: ['russia', 'turkey'],
    displacedReturn: true,
    prisonerExchange: false,
  });
  const settle = (pk: Settlement['peacekeepers']) => agreed(calm(), 'azerbaijan', ['armenia', 'artsakh'], terms(pk));
  const mandate = (s: GameState) => s.treaties.find((t) => t.kind === 'peacekeeping')!;
  /** Jump to the turn after a treaty's last turn (the game ended with the settlement; the rules for later turns still apply). */
  const afterExpiry = (s: GameState, expires: number): GameState => ({ ...structuredClone(s), ended: null, turn: expires + 1 });

  it('records all its terms — transfers and when, corridors, peacekeepers, monitoring centre, displaced return and prisoner exchange — in the treaty', () => {
    const t = terms({ actor: 'russia', strength: 6, years: 1, renewable: false });
    const { state } = settle(t.peacekeepers);
    const treaty = state.treaties.find((x) => x.kind === 'settlement');
    expect(treaty?.terms).toEqual(t);
    expect(treaty?.parties).toEqual(['armenia', 'artsakh', 'azerbaijan']);
    expect(treaty?.expires).toBeNull();
    // Its text, which the players read, carries the same terms.
    expect(treaty?.text).toMatch(/Aghdam/);
    expect(treaty?.text).toMatch(/Lachin/);
    expect(treaty?.text).toMatch(/displaced people return/);
    expect(treaty?.text).not.toMatch(/prisoners/);
  });

  it('sends the peacekeepers of the nation named, exactly as many as agreed, to the corridor', () => {
    const { state } = settle({ actor: 'turkey', strength: 5, years: 1, renewable: false });
    let deployed = 0;
    for (const f of Object.values(state.actors.turkey.forces)) deployed += f.peacekeepers;
    expect(deployed).toBe(5);
    expect(state.actors.turkey.forces.lachin?.peacekeepers).toBeGreaterThan(0);
    for (const f of Object.values(state.actors.russia.forces)) expect(f.peacekeepers).toBe(0);
    expect(mandate(state).beneficiary).toBe('turkey');
    expect(mandate(state).parties).toContain('turkey');
  });

  it('a peacekeeping mandate lasts as many years as agreed: twice the years, twice the weeks', () => {
    const one = mandate(settle({ actor: 'russia', strength: 4, years: 1, renewable: false }).state);
    const two = mandate(settle({ actor: 'russia', strength: 4, years: 2, renewable: false }).state);
    const length = (t: typeof one) => t.expires! - t.since + 1;
    expect(length(one)).toBeGreaterThan(1);
    expect(length(two)).toBe(2 * length(one));
  });

  it('a renewable mandate renews when its years are up, and the renewal is logged', () => {
    const { state } = settle({ actor: 'russia', strength: 4, years: 1, renewable: true });
    const t = mandate(state);
    expect(t.renewable).toBe(true);
    const r = play(afterExpiry(state, t.expires!));
    const renewed = r.state.treaties.find((x) => x.id === t.id);
    expect(renewed?.expires).toBeGreaterThan(t.expires!);
    expect(entries(r.log, 'treaty').some((e) => e.treaty === t.id && e.change === 'renewed')).toBe(true);
  });

  it('a mandate that is not renewable lapses when its years are up, and the lapse is logged', () => {
    const { state } = settle({ actor: 'russia', strength: 4, years: 1, renewable: false });
    const t = mandate(state);
    expect(t.renewable).toBe(false);
    const r = play(afterExpiry(state, t.expires!));
    expect(r.state.treaties.some((x) => x.id === t.id)).toBe(false);
    expect(entries(r.log, 'treaty').some((e) => e.treaty === t.id && e.change === 'lapsed')).toBe(true);
  });

  it('withdraws the peacekeepers when a mandate that is not renewable lapses', () => {
    const { state } = settle({ actor: 'russia', strength: 4, years: 1, renewable: false });
    let before = 0;
    for (const f of Object.values(state.actors.russia.forces)) before += f.peacekeepers;
    expect(before).toBe(4);
    const r = play(afterExpiry(state, mandate(state).expires!));
    for (const f of Object.values(r.state.actors.russia.forces)) expect(f.peacekeepers).toBe(0);
  });

  it('seats the monitoring centre\'s members, with the belligerents as parties', () => {
    const { state } = settle(null);
    const c = state.treaties.find((t) => t.kind === 'monitoring-centre');
    expect(c?.monitors).toEqual(['russia', 'turkey']);
    for (const p of ['russia', 'turkey', 'armenia', 'artsakh', 'azerbaijan']) expect(c?.parties).toContain(p);
    // No peacekeepers agreed: none deployed, no mandate.
    expect(state.treaties.some((t) => t.kind === 'peacekeeping')).toBe(false);
  });

  it('hands a region over when its transfer falls due, and the game ends once the handovers are done', () => {
    const { state } = settle(null);
    const due = terms(null).transfers;
    const later = due.filter((x) => x.afterTurns > 0);
    expect(later.length).toBeGreaterThan(0);
    for (const x of due.filter((d) => d.afterTurns === 0)) expect(state.regions[x.region].controller).toBe(x.to);
    for (const x of later) expect(state.regions[x.region].controller).not.toBe(x.to);
    expect(state.ended).toBeNull();
    let s = state;
    const last = Math.max(...later.map((x) => x.afterTurns));
    for (let i = 1; i <= last; i++) {
      s = play(s).state;
      for (const x of later) expect(s.regions[x.region].controller === x.to).toBe(x.afterTurns <= i);
    }
    expect(s.ended?.reason).toBe('settlement');
    expect(s.handovers).toEqual([]);
  });

  it('completes the handovers still due when the calendar ends first (the war still ended in a settlement), so the score counts what was agreed', () => {
    const { state } = settle(null);
    const later = terms(null).transfers.filter((x) => x.afterTurns > 0);
    const last = { ...structuredClone(state), calendar: { ...state.calendar, turns: state.turn + 1 } };
    const r = play(last);
    expect(r.state.ended?.reason).toBe('settlement');
    for (const x of later) expect(r.state.regions[x.region].controller).toBe(x.to);
    expect(entries(r.log, 'capture').some((e) => /after the game's last week/.test(e.text))).toBe(true);
  });
});

describe('proposal kinds: arms deal', () => {
  const deal: ProposalTerms = { kind: 'arms-deal', seller: 'israel', buyer: 'azerbaijan', package: 'arms', price: 10, delay: 2 };

  it('once accepted, the buyer pays the price to the seller, a supply link opens, and the arms arrive after the agreed delay', () => {
    const { state, log } = agreed(calm(), 'azerbaijan', ['israel'], deal);
    const paid = statsBy(log, 'arms deal with Israel').find((e) => e.actor === 'azerbaijan' && e.field === 'treasury');
    const got = statsBy(log, 'arms deal with Azerbaijan').find((e) => e.actor === 'israel' && e.field === 'treasury');
    expect(paid?.delta).toBe(-10);
    expect(got?.delta).toBe(10);
    const link = state.links.find((l) => l.patron === 'israel' && l.client === 'azerbaijan' && l.package === 'arms');
    expect(link).toBeDefined();
    expect(link?.covert).toBe(false);
    const signedOn = state.turn - 1;
    expect(link?.deliverTurn).toBe(signedOn + 2);
    // Influence comes with the goods, and a sale buys half the loyalty of a gift.
    expect(statsBy(log, 'arms deal').some((e) => e.actor === 'israel' && e.field === 'influence')).toBe(false);
    // Not before the delay is up...
    let cur = state;
    const armour = (s: GameState) => Object.values(s.actors.azerbaijan.forces).reduce((n, f) => n + f.armour, 0);
    let deliveredOn = -1;
    for (let i = 0; i < 4 && deliveredOn < 0; i++) {
      const before = armour(cur);
      const r = play(cur);
      if (entries(r.log, 'support').some((e) => e.link === link!.id && e.change === 'delivered')) {
        deliveredOn = cur.turn;
        expect(armour(r.state)).toBeGreaterThan(before);
        const gained = statsBy(r.log, 'arms delivered').find((e) => e.actor === 'israel' && e.field === 'influence');
        expect(gained?.delta).toBe(Math.floor((cur.rules.support.arms.influence * cur.rules.patronage.saleInfluencePct) / 100));
      }
      cur = r.state;
    }
    // ...and on the turn it is.
    expect(deliveredOn).toBe(link!.deliverTurn);
  });

  it('a buyer whose treasury has run short by the time the deal is accepted cannot pay: the deal falls through, nothing changes hands', () => {
    const one = sent(calm(), 'azerbaijan', ['israel'], deal);
    one.state.actors.azerbaijan.treasury = deal.kind === 'arms-deal' ? deal.price - 1 : 0;
    const before = one.state.actors.israel.treasury;
    const two = play(one.state);
    expect(two.state.proposals.find((p) => p.id === one.id)?.status).toBe('accepted');
    expect(two.log.some((e) => e.kind === 'decision' && e.actor === 'azerbaijan' && /cannot pay/.test(e.text))).toBe(true);
    expect(two.state.links.some((l) => l.patron === 'israel' && l.client === 'azerbaijan' && l.since === one.state.turn)).toBe(false);
    expect(statsBy(two.log, 'arms deal with Israel')).toHaveLength(0);
    expect(two.state.actors.israel.treasury).toBeLessThanOrEqual(before + two.state.actors.israel.income);
  });

  it('a variant that forbids a patron a package forbids selling it: no arms deal for Turkish drones without them', () => {
    const drones: ProposalTerms = { kind: 'arms-deal', seller: 'turkey', buyer: 'azerbaijan', package: 'drones', price: 5, delay: 1 };
    const order: Order = { kind: 'propose', to: ['azerbaijan'], terms: drones };
    expect(validateOrder(quiet('test', '2020-war'), 'turkey', order).ok).toBe(true);
    const refused = validateOrder(quiet('test', '2020-war', 'no-turkish-drones'), 'turkey', order);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.code).toBe('ERR_FORBIDDEN');
      expect(refused.message).toMatch(/no-turkish-drones.*Turkey supplies no drones/);
    }
    // Arms are not forbidden in that variant.
    expect(validateOrder(quiet('test', '2020-war', 'no-turkish-drones'), 'turkey', { ...order, terms: { ...drones, package: 'arms' } }).ok).toBe(true);
  });
});

describe('proposal kinds: transit and basing rights', () => {
  const transit: ProposalTerms = { kind: 'transit', grantor: 'georgia', user: 'turkey', turns: 3 };
  const ask = (s: GameState) => {
    const one = sent(s, 'turkey', ['georgia'], transit);
    const two = play(one.state);
    return { state: two.state, log: [...one.log, ...two.log], status: two.state.proposals.find((p) => p.id === one.id)?.status };
  };

  for (const outcome of ['accepted', 'rejected'] as const) {
    it(`Georgia's transit stance is rolled on first asking and then fixed: a seed where it is ${outcome} gives the same answer when asked again, without a new roll`, () => {
      const { result } = findSeed(`transit-${outcome}`, (seed) => ask(calm(seed)), (r) => r.status === outcome);
      const rolls = entries(result.log, 'roll').filter((e) => e.purpose === 'stance transit:georgia');
      expect(rolls).toHaveLength(1);
      const again = ask(result.state);
      expect(again.status).toBe(outcome);
      expect(entries(again.log, 'roll').some((e) => e.purpose === 'stance transit:georgia')).toBe(false);
      const rights = again.state.treaties.filter((t) => t.kind === 'transit');
      if (outcome === 'accepted') expect(rights.map((t) => t.parties)).toContainEqual(['georgia', 'turkey']);
      else expect(rights).toHaveLength(0);
    });
  }

  it('basing rights accepted by the host come into force for the agreed turns, then lapse', () => {
    const { state } = agreed(calm(), 'russia', ['armenia'], { kind: 'basing', host: 'armenia', guest: 'russia', region: 'gyumri', turns: 2 });
    const t = state.treaties.find((x) => x.kind === 'basing');
    expect(t?.parties).toEqual(['armenia', 'russia']);
    const second = play(state);
    expect(second.state.treaties.some((x) => x.id === t!.id)).toBe(true);
    const third = play(second.state);
    expect(third.state.treaties.some((x) => x.id === t!.id)).toBe(false);
    expect(entries(third.log, 'treaty').some((e) => e.treaty === t!.id && e.change === 'lapsed')).toBe(true);
  });
});

describe('proposal kinds: mediation and summits', () => {
  it('an accepted mediation offer puts the mediator in a mediation treaty and gains it legitimacy and influence over the belligerents', () => {
    const { before, state } = agreed(calm(), 'minsk', ['armenia', 'azerbaijan'], { kind: 'mediation', mediator: 'minsk' });
    const t = state.treaties.find((x) => x.kind === 'mediation' && x.beneficiary === 'minsk' && x.since === before.turn);
    expect(t?.parties).toEqual(['armenia', 'azerbaijan', 'minsk']);
    expect(state.actors.minsk.legitimacy).toBeGreaterThan(before.actors.minsk.legitimacy);
    for (const b of ['armenia', 'azerbaijan']) expect(state.actors.minsk.influence[b]).toBeGreaterThan(before.actors.minsk.influence[b]);
  });

  it('a belligerent that names itself mediator gains nothing from it', () => {
    const { before, state, log } = agreed(calm(), 'azerbaijan', ['armenia'], { kind: 'mediation', mediator: 'azerbaijan' });
    expect(statsBy(log, /^brokered/)).toHaveLength(0);
    expect(state.actors.azerbaijan.influence.armenia).toBe(before.actors.azerbaijan.influence.armenia);
  });

  it('a summit of several parties improves relations between every pair of them and lowers tension', () => {
    const parties = ['minsk', 'armenia', 'azerbaijan', 'russia', 'turkey'];
    const { before, state, log } = agreed(calm(), 'minsk', parties.slice(1), { kind: 'summit', agenda: 'a lasting ceasefire' });
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const [a, b] = [parties[i], parties[j]];
        expect(state.actors[a].relations[b], `${a}–${b}`).toBeGreaterThan(before.actors[a].relations[b]);
      }
    }
    expect(statsBy(log, 'summit').filter((e) => e.field === 'relations')).toHaveLength((parties.length * (parties.length - 1)) / 2);
    expect(statsBy(log, 'summit').find((e) => e.field === 'tension')?.delta).toBeLessThan(0);
  });
});

describe('proposal kinds: unilateral statements, sanctions and recognition take effect when made', () => {
  const unilateral = (s: GameState, from: ActorId, terms: ProposalTerms) => play(s, { [from]: [propose(['azerbaijan'], terms)] });

  for (const stance of ['support', 'condemn', 'call-for-calm'] as const) {
    it(`a ${stance} statement is made at once, needs no answer, and ${stance === 'support' ? 'warms relations' : stance === 'condemn' ? 'sours relations and costs the subject legitimacy' : 'changes no relations'}`, () => {
      const s = calm();
      const { state, log } = unilateral(s, 'iran', { kind: 'statement', stance, about: 'azerbaijan' });
      expect(state.proposals).toHaveLength(0);
      expect(entries(log, 'proposal')).toHaveLength(0);
      const said = entries(log, 'decision').find((e) => e.actor === 'iran' && e.cause === 'statement');
      expect(said?.phase).toBe('diplomacy');
      const rel = state.actors.iran.relations.azerbaijan - s.actors.iran.relations.azerbaijan;
      if (stance === 'support') expect(rel).toBeGreaterThan(0);
      if (stance === 'condemn') {
        expect(rel).toBeLessThan(0);
        expect(statsBy(log, 'condemned by Iran').find((e) => e.actor === 'azerbaijan')?.delta).toBeLessThan(0);
      }
      if (stance === 'call-for-calm') {
        expect(rel).toBe(0);
        expect(statsBy(log, 'public statement')).toHaveLength(0);
      }
    });
  }

  it('sanctions with an export suspension embargo the target at once, and its drone packages then arrive late', () => {
    const s = calm();
    const drones: Order = { kind: 'support', client: 'azerbaijan', package: 'drones', covert: false };
    const normal = play(structuredClone(s), { turkey: [drones] });
    const sanctioned = play(s, { russia: [{ kind: 'propose', to: ['turkey'], terms: { kind: 'sanction', target: 'turkey', exports: true } }], turkey: [drones] });
    expect(sanctioned.state.actors.turkey.embargoedBy).toContain('russia');
    expect(sanctioned.state.proposals).toHaveLength(0);
    expect(sanctioned.state.actors.russia.relations.turkey).toBeLessThan(s.actors.russia.relations.turkey);
    const link = (r: typeof normal) => r.state.links.find((l) => l.id === entries(r.log, 'support').find((e) => e.change === 'sent')?.link)!;
    expect(link(sanctioned).deliverTurn).toBeGreaterThan(link(normal).deliverTurn);
  });

  it('sanctions without an export suspension sour relations but embargo nothing', () => {
    const s = calm();
    const { state } = play(s, { russia: [{ kind: 'propose', to: ['turkey'], terms: { kind: 'sanction', target: 'turkey', exports: false } }] });
    expect(state.actors.turkey.embargoedBy).toEqual(s.actors.turkey.embargoedBy);
    expect(state.actors.russia.relations.turkey).toBeLessThan(s.actors.russia.relations.turkey);
  });

  it('a recognition is announced at once and warms relations with the recognised party', () => {
    const s = calm();
    s.actors.iran.relations.artsakh = 0;
    s.actors.artsakh.relations.iran = 0;
    const { state, log } = play(s, { iran: [propose(['artsakh'], { kind: 'recognition', of: 'artsakh' })] });
    expect(state.proposals).toHaveLength(0);
    expect(entries(log, 'decision').some((e) => e.actor === 'iran' && e.cause === 'recognition')).toBe(true);
    expect(state.actors.iran.relations.artsakh).toBeGreaterThan(0);
    expect(state.actors.artsakh.relations.iran).toBe(state.actors.iran.relations.artsakh);
  });
});

describe('proposal kinds: counters and lapses', () => {
  it('a counter-proposal, once accepted, brings its own terms into force, not the original\'s', () => {
    const first = sent(calm(), 'azerbaijan', ['armenia', 'artsakh'], { kind: 'ceasefire', turns: 1, monitors: [] });
    const counter: ProposalTerms = { kind: 'ceasefire', turns: 3, monitors: ['minsk'] };
    const two = play(first.state, { armenia: [{ kind: 'answer', proposal: first.id, answer: 'counter', counter }] });
    const c = two.state.proposals.find((p) => p.counterTo === first.id)!;
    expect(c.to).toEqual(['azerbaijan', 'artsakh']);
    const three = play(two.state, { azerbaijan: [accept(c.id)], artsakh: [accept(c.id)] });
    expect(three.state.proposals.find((p) => p.id === c.id)?.status).toBe('accepted');
    expect(three.state.proposals.find((p) => p.id === first.id)?.status).toBe('countered');
    const t = three.state.treaties.filter((x) => x.kind === 'ceasefire');
    expect(t).toHaveLength(1);
    expect(t[0].monitors).toEqual(['minsk']);
    expect(t[0].expires! - t[0].since + 1).toBe(3);
  });

  it('a proposal left unanswered stays open for a turn, then expires with a logged reason, enacts nothing and can no longer be answered', () => {
    const { state, id } = sent(calm(), 'azerbaijan', ['armenia', 'artsakh'], { kind: 'ceasefire', turns: 2, monitors: [] });
    const wait = play(state);
    expect(wait.state.proposals.find((p) => p.id === id)?.status).toBe('pending');
    const lapse = play(wait.state);
    expect(lapse.state.proposals.find((p) => p.id === id)?.status).toBe('expired');
    expect(entries(lapse.log, 'answer').find((e) => e.proposal === id)?.cause).toBe('no answer in time');
    expect(lapse.state.treaties.some((t) => t.kind === 'ceasefire')).toBe(false);
    const late = validateOrder(lapse.state, 'armenia', accept(id));
    expect(late.ok ? null : late.code).toBe('ERR_NOT_PENDING');
  });
});
