// The patrons' levers in computer play: a client's answer bends to its patron's strings by
// influence, computer patrons pull every lever over a batch, a patron that gives no orders
// does clearly worse than one the computer plays, and a patron near its legitimacy floor hides a
// package only when hiding it is likely to cost less.
import { describe, expect, it } from 'vitest';
import { chooseOrders } from '../../src/ai';
import { chooseCovert } from '../../src/ai/levers';
import { newPlan } from '../../src/ai/plan';
import { newGame, scoreGame, type ActorId, type GameState, type Proposal } from '../../src/engine';
import { playGame } from '../../src/cli/game-loop';
import { SCENARIOS } from '../../src/scenario';

/** A 2020-war game a week in, as plain mutable data, with the scheduled and random events removed. */
function atWar(seed: string): GameState {
  const res = newGame(SCENARIOS['2020-war'], seed, { variant: null });
  if (!res.ok) throw new Error(res.message);
  const s = structuredClone<GameState>(res.state);
  s.turn = 1;
  s.events = [];
  s.pendingEvents = [];
  s.deck = [];
  return s;
}

/**
 * Azerbaijan, hard pressed at home (so it would take a pause), is offered a ceasefire while Turkey's
 * drones wait on its refusal; only Turkey's influence over it differs.
 */
function pressed(influence: number): { state: GameState; proposal: Proposal } {
  const s = atWar('sway');
  s.actors.azerbaijan.domesticSupport = 30;
  s.actors.turkey.influence.azerbaijan = influence;
  const proposal: Proposal = { id: `p${s.nextId++}`, from: 'russia', to: ['azerbaijan'], turn: 0, terms: { kind: 'ceasefire', turns: 1, monitors: [] }, answers: {}, status: 'pending' };
  s.proposals.push(proposal);
  s.links.push({ id: `link-${s.nextId++}`, patron: 'turkey', client: 'azerbaijan', package: 'drones', covert: false, since: 0, deliverTurn: 1, until: 4, delivered: 0, exposed: false, active: true, condition: { terms: 'ceasefire', answer: 'reject' } });
  return { state: s, proposal };
}

function answerOf(state: GameState, actor: ActorId, proposal: string): { answer: string | undefined; reasons: string } {
  const d = chooseOrders(state, actor);
  const o = d.orders.find((x) => x.kind === 'answer' && x.proposal === proposal);
  return { answer: o?.kind === 'answer' ? o.answer : undefined, reasons: d.reasons.join(' | ') };
}

describe('influence moves a client\'s answer', () => {
  it('the same ceasefire, the same strings: accepted under a weak patron, refused under a strong one, with the reason', () => {
    const weak = pressed(20);
    const strong = pressed(80);
    const a = answerOf(weak.state, 'azerbaijan', weak.proposal.id);
    const b = answerOf(strong.state, 'azerbaijan', strong.proposal.id);
    expect(a.answer).toBe('accept');
    expect(a.reasons).toMatch(/Turkey's drones package comes only if we refuse, but its pull on us \(influence 20/);
    expect(b.answer).toBe('reject');
    expect(b.reasons).toMatch(/we defer to Turkey/);
  });

  it('without strings, influence alone does not move the answer', () => {
    const s = pressed(80).state;
    s.links = s.links.filter((l) => !l.condition);
    expect(answerOf(s, 'azerbaijan', s.proposals[s.proposals.length - 1].id).answer).toBe('accept');
  });
});

/** What the two rival patrons did over a batch, read from each game's final state. */
function leversUsed(games: number): Record<string, number> {
  const c: Record<string, number> = {};
  const add = (k: string): void => {
    c[k] = (c[k] ?? 0) + 1;
  };
  for (let i = 1; i <= games; i++) {
    const r = playGame(SCENARIOS['2020-war'], `levers-${i}`, { mutable: true });
    if (!r.ok) throw new Error(r.message);
    const s = r.game.state;
    for (const l of s.links) {
      if (l.patron !== 'russia' && l.patron !== 'turkey') continue;
      if ((l.size ?? 1) > 1) add('size');
      if (l.condition) add('condition');
      if (l.condition && l.delivered > 0) add('condition delivered');
      if (l.condition && l.withdrawn !== undefined) add('condition kept back');
      if (!l.condition && l.withdrawn !== undefined) add('withdraw');
      const habit = s.actors[l.patron].doctrine.patronOf.find((p) => p.client === l.client && p.packages.includes(l.package))?.covert;
      if (l.since > 0 && habit !== undefined && l.covert !== habit) add('covertness by choice');
    }
    for (const p of s.proposals) if ((p.from === 'russia' || p.from === 'turkey') && ['arms-deal', 'transit', 'basing'].includes(p.terms.kind)) add(p.terms.kind);
  }
  return c;
}

describe('computer patrons over a batch', () => {
  it('use every lever: size, covertness, withdrawal, strings (both ways), arms deals, transit and basing', () => {
    const used = leversUsed(12);
    for (const lever of ['size', 'covertness by choice', 'withdraw', 'condition', 'condition delivered', 'condition kept back', 'arms-deal', 'transit', 'basing']) {
      expect(used[lever] ?? 0, `${lever} in ${JSON.stringify(used)}`).toBeGreaterThan(0);
    }
  }, 120_000);

  it('an idle patron (no orders) scores clearly less than the computer playing it, Turkey and Russia alike', () => {
    const mean = (idle: readonly ActorId[], actor: ActorId): number => {
      let sum = 0;
      const n = 12;
      for (let i = 1; i <= n; i++) {
        const r = playGame(SCENARIOS['2020-war'], `idle-${i}`, { mutable: true, idle });
        if (!r.ok) throw new Error(r.message);
        sum += scoreGame(r.game.state)[actor].points;
      }
      return sum / n;
    };
    for (const patron of ['turkey', 'russia'] as const) {
      const played = mean([], patron);
      const idle = mean([patron], patron);
      expect(played - idle, `${patron}: played ${played}, idle ${idle}`).toBeGreaterThanOrEqual(10);
    }
  }, 120_000);
});

describe('covert or overt, when sending openly would take legitimacy under the floor kept', () => {
  // Turkey keeps 4 above its standing aim (35): at 39, an overt drone package (1 legitimacy) takes
  // it to 38, under the floor. Hidden drones are rolled for exposure every week (16% each), and an
  // exposure costs 6.
  const turkeyAt = (turn: number): GameState => {
    const s = atWar('covert');
    s.turn = turn;
    s.actors.turkey.legitimacy = 39;
    return s;
  };

  it('sends openly with weeks left, when hidden drones would most likely be exposed, and says so', () => {
    const choice = chooseCovert(newPlan(turkeyAt(1), 'turkey', 'normal'), 'drones', 1, false);
    expect(choice.covert).toBe(false);
    expect(choice.why).toMatch(/openly, though it takes our legitimacy to 38: hidden it would be \d+% likely to be exposed by the end, at 6 legitimacy/);
  });

  it('hides them in the last week, when one roll is all the exposure they risk', () => {
    const s = turkeyAt(0);
    s.turn = s.calendar.turns - 1;
    const choice = chooseCovert(newPlan(s, 'turkey', 'normal'), 'drones', 1, false);
    expect(choice.covert).toBe(true);
    expect(choice.why).toMatch(/covertly: sent openly it would take our legitimacy to 38, under the 39 we keep, and hidden it is only 16% likely/);
  });

  it('sends openly above the floor, and covertly by habit whatever the odds', () => {
    const s = turkeyAt(1);
    s.actors.turkey.legitimacy = 60;
    expect(chooseCovert(newPlan(s, 'turkey', 'normal'), 'drones', 1, false)).toEqual({ covert: false, why: '' });
    expect(chooseCovert(newPlan(turkeyAt(1), 'turkey', 'normal'), 'mercenaries', 1, true).covert).toBe(true);
  });
});
