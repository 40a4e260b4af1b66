import { describe, expect, it } from 'vitest';
import { legalOrders, validateOrder, type GameState, type Order, type ProposalTerms } from '../../../src/engine';
import { entries, play, quiet, SETTLEMENT } from '../helpers';

const CEASEFIRE: ProposalTerms = { kind: 'ceasefire', turns: 2, monitors: ['russia'] };

/** Azerbaijan proposes on turn 0; returns the state on turn 1 and the proposal's id. */
function proposed(terms: ProposalTerms, to: string[] = ['armenia', 'artsakh'], from = 'azerbaijan'): { state: GameState; id: string } {
  const { state, log } = play(quiet(), { [from]: [{ kind: 'propose', to, terms }] });
  const p = entries(log, 'proposal')[0];
  expect(p).toBeDefined();
  return { state, id: p.proposal };
}

const answer = (proposal: string, a: 'accept' | 'reject' | 'counter', counter?: ProposalTerms): Order => ({ kind: 'answer', proposal, answer: a, ...(counter ? { counter } : {}) });

describe('diplomacy phase', () => {
  it('a proposal is delivered on the turn it is made and can be answered only from the next turn', () => {
    const s = quiet();
    const { state, log } = play(s, { azerbaijan: [{ kind: 'propose', to: ['armenia', 'artsakh'], terms: CEASEFIRE }] });
    const p = state.proposals.find((x) => x.id === entries(log, 'proposal')[0].proposal);
    expect(p?.status).toBe('pending');
    expect(p?.turn).toBe(s.turn);
    // Answerable now, on the next turn.
    expect(validateOrder(state, 'armenia', answer(p!.id, 'accept')).ok).toBe(true);
    // Made this very turn (as an event's proposal would be): too early.
    const early = structuredClone(state);
    early.proposals = early.proposals.map((x) => (x.id === p!.id ? { ...x, turn: early.turn } : x));
    const r = validateOrder(early, 'armenia', answer(p!.id, 'accept'));
    expect(r.ok ? null : r.code).toBe('ERR_TOO_EARLY');
    expect(legalOrders(early, 'armenia').some((o) => o.kind === 'answer')).toBe(false);
    expect(legalOrders(state, 'armenia').some((o) => o.kind === 'answer' && o.proposal === p!.id)).toBe(true);
  });

  it('a ceasefire accepted by every addressee comes into force, with its monitors', () => {
    const { state, id } = proposed(CEASEFIRE);
    const next = play(state, { armenia: [answer(id, 'accept')], artsakh: [answer(id, 'accept')] });
    expect(next.state.proposals.find((p) => p.id === id)?.status).toBe('accepted');
    const t = next.state.treaties.find((x) => x.kind === 'ceasefire');
    expect(t?.parties).toEqual(['armenia', 'artsakh', 'azerbaijan']);
    expect(t?.monitors).toEqual(['russia']);
    const signed = entries(next.log, 'treaty').find((e) => e.change === 'signed' && e.treatyKind === 'ceasefire');
    // The news names who agreed it: three ceasefires in one week, brokered by different mediators, read apart.
    expect(signed?.text).toMatch(/^In force, agreed by Armenia, Artsakh \(.*\) and Azerbaijan: ceasefire/);
  });

  it('a proposal waits while only some addressees have accepted', () => {
    const { state, id } = proposed(CEASEFIRE);
    const next = play(state, { armenia: [answer(id, 'accept')] });
    expect(next.state.proposals.find((p) => p.id === id)?.status).toBe('pending');
    expect(next.state.treaties.some((t) => t.kind === 'ceasefire')).toBe(false);
  });

  it('a ceasefire lapses after its turns and the lapse is logged', () => {
    const { state, id } = proposed(CEASEFIRE);
    let cur = play(state, { armenia: [answer(id, 'accept')], artsakh: [answer(id, 'accept')] }).state;
    const t = cur.treaties.find((x) => x.kind === 'ceasefire')!;
    const turns = (CEASEFIRE as { turns: number }).turns;
    // In force for exactly `turns` turns from the one it was signed on.
    for (let i = 1; i < turns; i++) {
      const r = play(cur);
      expect(r.state.treaties.some((x) => x.id === t.id)).toBe(true);
      cur = r.state;
    }
    const lapse = play(cur);
    expect(lapse.state.treaties.some((x) => x.id === t.id)).toBe(false);
    expect(entries(lapse.log, 'treaty').some((e) => e.treaty === t.id && e.change === 'lapsed')).toBe(true);
  });

  it('one rejection rejects the proposal and costs the rejecter a little standing with the proposer', () => {
    const { state, id } = proposed(CEASEFIRE);
    const rel = state.actors.armenia.relations.azerbaijan;
    const next = play(state, { armenia: [answer(id, 'reject')], artsakh: [answer(id, 'accept')] });
    expect(next.state.proposals.find((p) => p.id === id)?.status).toBe('rejected');
    expect(next.state.treaties.some((t) => t.kind === 'ceasefire')).toBe(false);
    expect(next.state.actors.armenia.relations.azerbaijan).toBeLessThan(rel);
  });

  it('a counter marks the proposal countered and sends a new proposal back, answerable next turn', () => {
    const { state, id } = proposed(CEASEFIRE);
    const counter: ProposalTerms = { kind: 'ceasefire', turns: 4, monitors: [] };
    const next = play(state, { armenia: [answer(id, 'counter', counter)] });
    expect(next.state.proposals.find((p) => p.id === id)?.status).toBe('countered');
    const c = next.state.proposals.find((p) => p.counterTo === id);
    expect(c).toBeDefined();
    expect(c?.from).toBe('armenia');
    expect(c?.to).toContain('azerbaijan');
    expect(c?.terms).toEqual(counter);
    expect(c?.status).toBe('pending');
    expect(validateOrder(next.state, 'azerbaijan', answer(c!.id, 'accept')).ok).toBe(true);
  });

  it('a proposal nobody answers lapses after its lifetime', () => {
    const { state, id } = proposed(CEASEFIRE);
    let cur = state;
    let lapsedOn = -1;
    for (let i = 0; i < 5 && lapsedOn < 0; i++) {
      const r = play(cur);
      if (r.state.proposals.find((p) => p.id === id)?.status === 'expired') lapsedOn = r.state.turn;
      cur = r.state;
    }
    expect(lapsedOn).toBeGreaterThan(state.turn);
  });

  it('background actors answer by rule next turn, giving the rule as the reason', () => {
    // Calls for calm: always backed.
    const calm = proposed({ kind: 'summit', agenda: 'talks' }, ['unsc', 'eu']);
    const r1 = play(calm.state);
    expect(calm.state.proposals.find((p) => p.id === calm.id)?.status).toBe('pending');
    expect(r1.state.proposals.find((p) => p.id === calm.id)?.status).toBe('accepted');
    const a = entries(r1.log, 'answer').filter((e) => e.proposal === calm.id);
    expect(a.map((e) => e.actor).sort()).toEqual(['eu', 'unsc']);
    for (const e of a) expect(e.cause).toBe('rule for background actors');
  });

  it('a background actor grants rights to a friend and refuses someone it is on bad terms with', () => {
    const terms = (guest: string): ProposalTerms => ({ kind: 'basing', host: 'georgia', guest, region: 'tovuz', turns: 4 });
    const run = (rel: number) => {
      const s = quiet();
      s.actors.georgia.relations.turkey = rel;
      s.actors.turkey.relations.georgia = rel;
      const one = play(s, { turkey: [{ kind: 'propose', to: ['georgia'], terms: terms('turkey') }] });
      const id = entries(one.log, 'proposal')[0].proposal;
      const two = play(one.state);
      return { status: two.state.proposals.find((p) => p.id === id)?.status, log: two.log, id };
    };
    const friend = run(40);
    expect(friend.status).toBe('accepted');
    const foe = run(-40);
    expect(foe.status).toBe('rejected');
    expect(entries(foe.log, 'answer').find((e) => e.proposal === foe.id)?.text).toMatch(/relations/);
  });

  it('whether Georgia opens its routes is rolled once, on first asking, logged, and then fixed', () => {
    const ask = (s: GameState) => play(s, { turkey: [{ kind: 'propose', to: ['georgia'], terms: { kind: 'transit', grantor: 'georgia', user: 'turkey', turns: 4 } }] }).state;
    const s = quiet();
    s.actors.georgia.relations.turkey = 50;
    expect(s.thirdParties.georgia).toBeUndefined();
    const first = play(ask(s));
    const rolled = entries(first.log, 'roll').filter((e) => e.purpose === 'stance transit:georgia');
    expect(rolled).toHaveLength(1);
    const open = rolled[0].roll <= s.rules.reactions.transitOpenPct;
    expect(first.state.thirdParties.georgia.routesOpen).toBe(open);
    const second = play(ask(first.state));
    expect(entries(second.log, 'roll').some((e) => e.purpose === 'stance transit:georgia')).toBe(false);
    expect(second.state.thirdParties.georgia.routesOpen).toBe(open);
  });

  it('Georgia, once it has closed its routes, refuses transit whatever its relations', () => {
    const s = quiet();
    s.thirdParties.georgia = { routesOpen: false, tolerance: null, incidents: 0, reinforcedTurn: null };
    s.actors.georgia.relations.turkey = 50;
    const one = play(s, { turkey: [{ kind: 'propose', to: ['georgia'], terms: { kind: 'transit', grantor: 'georgia', user: 'turkey', turns: 4 } }] });
    const id = entries(one.log, 'proposal')[0].proposal;
    const two = play(one.state);
    expect(two.state.proposals.find((p) => p.id === id)?.status).toBe('rejected');
  });

  describe('a settlement accepted by the belligerents', () => {
    const run = () => {
      const { state, id } = proposed(SETTLEMENT);
      const before = structuredClone(state);
      const r = play(state, { armenia: [answer(id, 'accept')], artsakh: [answer(id, 'accept')] });
      return { before, ...r };
    };

    it('transfers the regions, and the old holder\'s forces withdraw', () => {
      const { before, state } = run();
      for (const region of ['aghdam', 'kalbajar']) {
        expect(before.regions[region].controller).toBe('artsakh');
        expect(state.regions[region].controller).toBe('azerbaijan');
        expect(state.actors.artsakh.forces[region]).toBeUndefined();
      }
    });

    it('deploys the peacekeepers, all of them, on the corridor and in the held NKAO regions', () => {
      const { state } = run();
      let total = 0;
      for (const [r, f] of Object.entries(state.actors.russia.forces)) {
        if (f.peacekeepers === 0) continue;
        total += f.peacekeepers;
        expect(r === 'lachin' || state.regions[r].zone === 'nkao').toBe(true);
      }
      expect(total).toBe(10);
      expect(state.actors.russia.forces.lachin.peacekeepers).toBeGreaterThan(0);
      expect(state.treaties.some((t) => t.kind === 'peacekeeping' && t.beneficiary === 'russia')).toBe(true);
      expect(state.treaties.find((t) => t.kind === 'monitoring-centre')?.monitors).toEqual(['russia', 'turkey']);
    });

    it('ends the wars between its parties and ends the game', () => {
      const { before, state, log } = run();
      expect(before.wars.length).toBeGreaterThan(0);
      expect(state.wars).toHaveLength(0);
      expect(state.ended).toEqual({ reason: 'settlement', turn: before.turn });
      expect(entries(log, 'end')[0]?.reason).toBe('settlement');
    });
  });

  it('a statement takes effect at once: a condemnation sours relations and costs the target legitimacy', () => {
    const s = quiet();
    const rel = s.actors.minsk.relations.azerbaijan;
    const { state } = play(s, { minsk: [{ kind: 'propose', to: ['azerbaijan'], terms: { kind: 'statement', stance: 'condemn', about: 'azerbaijan' } }] });
    expect(state.actors.minsk.relations.azerbaijan).toBeLessThan(rel);
    expect(state.actors.azerbaijan.legitimacy).toBeLessThan(s.actors.azerbaijan.legitimacy);
    expect(state.proposals).toHaveLength(0);
  });
});
