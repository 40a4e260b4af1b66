// Hot seat in Node: teams draft in turn order, each on its own view; the turn resolves with every
// team's orders together; a save keeps the teams, whose turn it is and the drafts, checked again on load.
import { describe, expect, it } from 'vitest';
import { hashState, verifyReplay, type Order } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';
import { checkHotSeat } from '../../src/ui/hotseat';
import { restoreSave, saveOf } from '../../src/ui/save';
import { GameSession } from '../../src/ui/session';

const scenario = SCENARIOS['2020-war'];

function hotSeat(humans: string[] = ['azerbaijan', 'armenia']): GameSession {
  const made = GameSession.start(scenario, { scenarioId: scenario.id, seed: 'hotseat-test', human: humans[0], difficulty: 'normal', variant: null, humans });
  if (!made.ok) throw new Error(made.message);
  return made.session;
}

/** The drafting team's first attack (or else first order) on the board, added to its drafts. */
function draftOne(s: GameSession): { actor: string; order: Order } {
  const options = s.regionsWithOrders().flatMap((r) => s.optionsInRegion(r));
  const o = options.find((x) => x.order.kind === 'attack') ?? options[0];
  const added = s.addOrder(o.actor, o.order);
  if (!added.ok) throw new Error(added.message);
  return { actor: o.actor, order: o.order };
}

function submit(s: GameSession): boolean {
  const r = s.submit();
  if (!r.ok) throw new Error(r.message);
  return r.resolved;
}

describe('hot seat', () => {
  it('takes two teams or more of actors a team may play, in the scenario’s turn order', () => {
    expect(checkHotSeat(scenario, ['armenia', 'azerbaijan'])).toEqual({ ok: true, humans: ['azerbaijan', 'armenia'] });
    expect(checkHotSeat(scenario, ['armenia'])).toMatchObject({ ok: false, message: expect.stringMatching(/at least two teams/) });
    expect(checkHotSeat(scenario, ['armenia', 'armenia'])).toMatchObject({ ok: false, message: expect.stringMatching(/each human actor once/) });
    expect(checkHotSeat(scenario, ['armenia', 'artsakh'])).toMatchObject({ ok: false, message: expect.stringMatching(/"artsakh" is not an actor a team can play/) });
    expect(checkHotSeat(scenario, 'armenia')).toMatchObject({ ok: false });
  });

  it('lets each team draft in turn on its own view, and resolves the turn with every team’s orders', () => {
    const s = hotSeat(['armenia', 'azerbaijan']);
    expect(s.humans).toEqual(['azerbaijan', 'armenia']);
    expect(s.hotseat?.status()).toEqual({ humans: ['azerbaijan', 'armenia'], drafting: 'azerbaijan', handover: true });
    expect(s.submit().ok).toBe(false); // no team drafts while the hand-over screen shows
    s.hotseat!.ready();
    expect(s.takeSeat()).toBeNull(); // nothing to play back before the first turn
    expect(s.view().viewer).toBe('azerbaijan');
    const azeri = draftOne(s);
    expect(submit(s)).toBe(false);
    expect(s.hotseat?.status()).toMatchObject({ drafting: 'armenia', handover: true });
    expect(s.pending).toEqual([]);
    s.hotseat!.ready();
    s.takeSeat();
    expect(s.view().viewer).toBe('armenia');
    expect(s.commanded()).toEqual(['armenia', 'artsakh']);
    expect(s.pending).toEqual([]); // Azerbaijan's draft is not Armenia's to see
    const armenian = draftOne(s);
    expect(submit(s)).toBe(true);
    const turn = s.replay.turns[0].orders;
    expect(turn[armenian.actor]).toEqual([armenian.order]);
    expect(turn.azerbaijan).toEqual([azeri.order]);
    expect(Object.keys(turn)).toEqual(expect.arrayContaining(['turkey', 'russia']));
    expect(verifyReplay(s.replay, scenario)).toMatchObject({ ok: true, finalHash: hashState(s.state) });
    // Each team then sees the resolved turn played back from its own view, and its own news only.
    expect(s.hotseat?.status()).toMatchObject({ drafting: 'azerbaijan', handover: true });
    s.hotseat!.ready();
    const shown = s.takeSeat();
    expect(shown?.before.viewer).toBe('azerbaijan');
    expect(shown?.before.turn).toBe(0);
    expect(shown?.log.every((e) => !e.visibleTo || e.visibleTo.includes('azerbaijan'))).toBe(true);
    expect(s.takeSeat()).toBeNull(); // once
  });

  it('refuses a single-player end of turn in hot seat, and a hot-seat submit in single player', () => {
    expect(hotSeat().endTurn().ok).toBe(false);
    const one = GameSession.start(scenario, { scenarioId: scenario.id, seed: 'x', human: 'turkey', difficulty: 'normal', variant: null });
    if (!one.ok) throw new Error(one.message);
    expect(one.session.submit().ok).toBe(false);
  });

  it('keeps the teams, whose turn it is and every draft through a save, and shows the hand-over first', () => {
    const s = hotSeat();
    s.hotseat!.ready();
    s.takeSeat();
    draftOne(s);
    submit(s);
    s.hotseat!.ready();
    s.takeSeat();
    const armenian = draftOne(s); // being drafted when the page reloads
    const save = JSON.parse(JSON.stringify(saveOf(s)));
    const r = restoreSave(save);
    if (!r.ok) throw new Error(r.message);
    const back = r.session;
    expect(back.hotseat?.status()).toEqual({ humans: ['azerbaijan', 'armenia'], drafting: 'armenia', handover: true });
    expect(back.pending).toEqual([]); // nothing drafted is shown before the team is ready
    back.hotseat!.ready();
    back.takeSeat();
    expect(back.orders()).toEqual(s.orders());
    expect(back.orders()[armenian.actor]).toEqual([armenian.order]);
    expect(submit(back)).toBe(true);
    expect(submit(s)).toBe(true);
    expect(hashState(back.state)).toBe(hashState(s.state));
  });

  it('refuses a save whose drafts the engine refuses or that no team could have made', () => {
    const s = hotSeat();
    s.hotseat!.ready();
    s.takeSeat();
    draftOne(s);
    const save = () => JSON.parse(JSON.stringify(saveOf(s)));
    const refused = (x: unknown) => {
      const r = restoreSave(x);
      if (r.ok) throw new Error('the save was accepted');
      return r.message;
    };
    const early = save();
    early.hotseat.drafts.armenia = { armenia: [] };
    expect(refused(early)).toMatch(/drafts of armenia, whose turn to draft has not come/);
    const foreign = save();
    foreign.hotseat.drafts.azerbaijan.turkey = [];
    expect(refused(foreign)).toMatch(/orders for "turkey", an actor it does not command/);
    const illegal = save();
    illegal.hotseat.drafts.azerbaijan.azerbaijan = [{ kind: 'hold', region: 'nowhere' }];
    expect(refused(illegal)).toMatch(/a draft the engine refuses: Azerbaijan's order 1 \(hold\)/);
    const who = save();
    who.hotseat.drafting = 'turkey';
    expect(refused(who)).toMatch(/"turkey" is drafting, which is not one of its teams/);
    const teams = save();
    teams.hotseat.humans = ['azerbaijan', 'azerbaijan'];
    expect(refused(teams)).toMatch(/each human actor once/);
  });

  it('plays to the end with every team submitting each week; the debrief reads what any team could', () => {
    const s = hotSeat();
    for (let guard = 0; guard < 40 && !s.state.ended; guard++) {
      for (let seat = 0; seat < s.humans.length; seat++) {
        s.hotseat!.ready();
        s.takeSeat();
        submit(s);
      }
    }
    expect(s.state.ended).not.toBeNull();
    expect(s.submit().ok).toBe(false);
    expect(verifyReplay(s.replay, scenario)).toMatchObject({ ok: true, finalHash: hashState(s.state) });
    const read = s.humansLog();
    const visible = (e: (typeof read)[number]) => !e.visibleTo || e.visibleTo.some((a) => s.humans.includes(a));
    expect(read.every(visible)).toBe(true);
    expect(read).toEqual(s.log.filter(visible));
    expect(s.log.some((e) => !visible(e))).toBe(true); // some entries are for other actors only
  });
});
