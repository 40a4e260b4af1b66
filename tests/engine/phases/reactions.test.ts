// Third parties that react by rule: each reaction set up as a situation on the board and, where a
// roll decides it, found by searching seeds rather than trusting one.
import { describe, expect, it } from 'vitest';
import type { ActorId, GameState, LogEntry, Order } from '../../../src/engine';
import { entries, findSeed, occupy, play, quiet, station, totalOf } from '../helpers';

/** No covert links but the test's own, so exposures and their costs come only from what the test does. */
function calm(seed = 'test'): GameState {
  const s = quiet(seed);
  s.links = s.links.filter((l) => !l.covert);
  return s;
}

const statsBy = (log: readonly LogEntry[], cause: string | RegExp) => entries(log, 'stat').filter((e) => (typeof cause === 'string' ? e.cause === cause : cause.test(e.cause)));
const decisions = (log: readonly LogEntry[], cause: string) => entries(log, 'decision').filter((e) => e.cause === cause);

describe('reactions: EU and UK condemn strikes on towns', () => {
  /** Azerbaijani drones over undefended Stepanakert. */
  const strike = (aim: 'city' | 'forces') => {
    const s = calm();
    occupy(s, 'azerbaijan', 'aghdam', { infantry: 2, drones: 4 });
    station(s, 'artsakh', 'stepanakert', { infantry: 2 });
    return { s, ...play(s, { azerbaijan: [{ kind: 'strike', from: 'aghdam', target: 'stepanakert', weapon: 'drones', aim }] }) };
  };

  it('a strike on a populated place draws a condemnation from each, naming the town, and costs the striker relations and legitimacy with both', () => {
    const { s, state, log } = strike('city');
    const said = decisions(log, 'strike on a populated place');
    expect(said.map((e) => e.actor).sort()).toEqual(['eu', 'uk']);
    for (const e of said) expect(e.text).toMatch(/Azerbaijan.*Stepanakert/);
    for (const critic of ['eu', 'uk']) {
      expect(state.actors[critic].relations.azerbaijan).toBeLessThan(s.actors[critic].relations.azerbaijan);
      expect(statsBy(log, `condemned by ${state.actors[critic].name}`).find((e) => e.actor === 'azerbaijan' && e.field === 'legitimacy')?.delta).toBeLessThan(0);
    }
  });

  it('a strike on forces draws no condemnation', () => {
    const { log } = strike('forces');
    expect(decisions(log, 'strike on a populated place')).toHaveLength(0);
  });
});

describe('reactions: a foreign component found in a downed drone suspends exports', () => {
  /** Azerbaijani drones (supplied by Turkey) strike Jabrayil, whose air defence is sure to down some. */
  const downed = (s: GameState) => {
    station(s, 'artsakh', 'jabrayil', { infantry: 3, airDefence: 10 });
    s.actors.azerbaijan.forces.horadiz.drones = 4;
    return play(s, { azerbaijan: [{ kind: 'strike', from: 'horadiz', target: 'jabrayil', weapon: 'drones', aim: 'forces' }] });
  };
  const run = (seed: string) => downed(calm(seed));

  for (const maker of ['canada', 'uk'] as const) {
    it(`when ${maker === 'uk' ? 'a British' : 'a Canadian'} part turns up (a seeded roll), ${maker} suspends component exports to the drone's supplier, Turkey, and Turkey's drone deliveries slow down`, () => {
      const { seed, result } = findSeed(`component-${maker}`, run, (r) => r.state.actors.turkey.embargoedBy.includes(maker));
      const roll = entries(result.log, 'roll').find((e) => e.purpose === `${maker} component in wreckage`);
      expect(roll?.success).toBe(true);
      expect(roll!.roll).toBeLessThanOrEqual(roll!.threshold);
      const d = decisions(result.log, 'component found in a downed drone').find((e) => e.actor === maker);
      expect(d?.text).toMatch(/Turkey/);
      expect(result.state.actors[maker].relations.turkey).toBeLessThan(calm(seed).actors[maker].relations.turkey);
      // Turkey's next drone package takes longer than one sent without the suspension.
      const order: Order = { kind: 'support', client: 'azerbaijan', package: 'drones', covert: false };
      const slow = play(result.state, { turkey: [order] });
      const normal = structuredClone(result.state);
      normal.actors.turkey.embargoedBy = [];
      const fast = play(normal, { turkey: [order] });
      const wait = (r: { state: GameState; log: LogEntry[] }) => {
        const l = r.state.links.find((x) => x.id === entries(r.log, 'support').find((e) => e.change === 'sent')?.link)!;
        return l.deliverTurn - l.since;
      };
      expect(wait(slow)).toBeGreaterThan(wait(fast));
      // Once suspended, the same maker's parts are not looked for again.
      expect(entries(downed(structuredClone(result.state)).log, 'roll').some((e) => e.purpose === `${maker} component in wreckage`)).toBe(false);
    });
  }

  it('when no part is found, nothing is suspended', () => {
    const { result } = findSeed('component-none', run, (r) => entries(r.log, 'roll').filter((e) => e.purpose.endsWith('component in wreckage')).every((e) => !e.success));
    expect(entries(result.log, 'roll').some((e) => e.purpose.endsWith('component in wreckage'))).toBe(true);
    expect(result.state.actors.turkey.embargoedBy).toEqual([]);
    expect(decisions(result.log, 'component found in a downed drone')).toHaveLength(0);
  });

  it('drones from a background seller (Israel) are not traced: with no Turkish drone link, no wreckage is examined', () => {
    const s = calm();
    s.links = s.links.filter((l) => !(l.patron === 'turkey' && l.package === 'drones'));
    expect(s.links.some((l) => l.patron === 'israel' && l.package === 'drones' && l.active)).toBe(true);
    const { log } = downed(s);
    expect(entries(log, 'duel')[0].dronesLost).toBeGreaterThan(0);
    expect(entries(log, 'roll').some((e) => e.purpose.endsWith('component in wreckage'))).toBe(false);
  });
});

describe('reactions: NATO calls on Turkey when Russia–Turkey tension is high', () => {
  it('at or above its threshold NATO asks Turkey to calm things, which costs NATO–Turkey relations and lowers the tension; it does not repeat the call the next week', () => {
    const s = calm();
    s.tension = s.rules.reactions.allianceTension + 15;
    const first = play(s);
    const call = decisions(first.log, 'high tension').find((e) => e.actor === 'nato');
    expect(call?.text).toMatch(/Turkey/);
    expect(first.state.actors.nato.relations.turkey).toBeLessThan(s.actors.nato.relations.turkey);
    expect(statsBy(first.log, 'NATO call for calm').find((e) => e.field === 'tension')?.delta).toBeLessThan(0);
    expect(first.state.tension).toBeGreaterThanOrEqual(s.rules.reactions.allianceTension);
    const second = play(first.state);
    expect(decisions(second.log, 'high tension')).toHaveLength(0);
  });

  it('below its threshold NATO says nothing', () => {
    const s = calm();
    s.tension = s.rules.reactions.allianceTension - 1;
    expect(decisions(play(s).log, 'high tension')).toHaveLength(0);
  });
});

describe('reactions: Israel\'s standing drone sales', () => {
  const onTurn = (turn: number, edit: (s: GameState) => void = () => {}) => {
    const s = calm();
    s.turn = turn;
    edit(s);
    return { s, ...play(s) };
  };
  const sales = (log: readonly LogEntry[]) => entries(log, 'support').filter((e) => e.patron === 'israel' && e.cause === 'rule: standing arms sale');

  it('on a sale turn, a client at war buys drones: it pays, Israel is paid, and a drone reaches the client', () => {
    const every = calm().rules.reactions.saleEvery;
    const { s, state, log } = onTurn(every);
    expect(sales(log)).toHaveLength(1);
    const paid = statsBy(log, 'drones bought from Israel').find((e) => e.actor === 'azerbaijan');
    const got = statsBy(log, 'drone sale to Azerbaijan').find((e) => e.actor === 'israel');
    expect(paid?.delta).toBeLessThan(0);
    expect(got?.delta).toBe(-paid!.delta);
    expect(totalOf(state, 'azerbaijan', 'drones')).toBe(totalOf(s, 'azerbaijan', 'drones') + 1);
  });

  it('there is no sale between sale turns, in peacetime, or to a client who cannot pay', () => {
    const every = calm().rules.reactions.saleEvery;
    expect(every).toBeGreaterThan(1);
    expect(sales(onTurn(every + 1).log)).toHaveLength(0);
    expect(sales(onTurn(every, (s) => (s.wars = [])).log)).toHaveLength(0);
    expect(sales(onTurn(every, (s) => (s.actors.azerbaijan.treasury = 0)).log)).toHaveLength(0);
  });
});

describe('reactions: Iran\'s border red line', () => {
  const shell: Order = { kind: 'strike', from: 'horadiz', target: 'aras-border', weapon: 'artillery', aim: 'forces' };
  /** Azerbaijani artillery fires on the Aras border each turn for `turns` turns. */
  const barrage = (seed: string, turns: number) => {
    let cur = calm(seed);
    const out: { before: GameState; state: GameState; log: LogEntry[] }[] = [];
    for (let i = 0; i < turns; i++) {
      const r = play(cur, { azerbaijan: [shell] });
      out.push({ before: cur, ...r });
      cur = r.state;
    }
    return out;
  };
  const max = calm().rules.reactions.borderToleranceMax;
  const reinforced = (log: readonly LogEntry[]) => decisions(log, 'red line crossed').filter((e) => e.actor === 'iran');

  it('Iran\'s tolerance is rolled once, on the first incident, and logged; each incident draws a warning; Iran reinforces the border once, on the incident that reaches its tolerance', () => {
    // A seed where Iran tolerates more than one incident, so the build-up is visible.
    const { result } = findSeed('iran-tolerance', (seed) => barrage(seed, max + 1), (r) => (r[r.length - 1].state.thirdParties.iran?.tolerance ?? 0) > 1);
    const tolerance = result[0].state.thirdParties.iran.tolerance ?? 0;
    expect(tolerance).toBeGreaterThanOrEqual(1);
    expect(tolerance).toBeLessThanOrEqual(max);
    const rolls = result.map((t) => entries(t.log, 'roll').filter((e) => e.purpose === 'stance tolerance:iran').length);
    expect(rolls[0]).toBe(1);
    expect(rolls.slice(1).every((n) => n === 0)).toBe(true);
    expect(entries(result[0].log, 'roll').find((e) => e.purpose === 'stance tolerance:iran')?.roll).toBe(tolerance);
    for (const t of result) {
      const warned = entries(t.log, 'decision').filter((e) => e.actor === 'iran' && e.cause === 'red line');
      expect(warned.length).toBeGreaterThan(0);
      expect(t.state.actors.iran.relations.azerbaijan).toBeLessThan(t.before.actors.iran.relations.azerbaijan);
    }
    const when = result.map((t) => reinforced(t.log).length);
    expect(when.indexOf(1)).toBe(tolerance - 1);
    expect(when.reduce((a, b) => a + b, 0)).toBe(1);
    const t = result[tolerance - 1];
    expect(t.state.actors.iran.forces['aras-border'].airDefence).toBeGreaterThan(t.before.actors.iran.forces['aras-border'].airDefence);
  });

  it('different seeds give Iran different tolerances', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 40 && seen.size < 2; i++) seen.add(barrage(`iran-tol-${i}`, 1)[0].state.thirdParties.iran.tolerance ?? 0);
    expect(seen.size).toBeGreaterThan(1);
  });

  it('fire elsewhere does not test Iran\'s tolerance', () => {
    const { state, log } = play(calm(), { azerbaijan: [{ kind: 'strike', from: 'horadiz', target: 'jabrayil', weapon: 'artillery', aim: 'forces' }] });
    expect(state.thirdParties.iran).toBeUndefined();
    expect(entries(log, 'decision').some((e) => e.actor === 'iran' && e.cause === 'red line')).toBe(false);
  });
});

describe('reactions: protests when foreign fighters are exposed', () => {
  const covert = (patron: ActorId, client: ActorId, pkg: 'mercenaries' | 'advisers') => (seed: string) =>
    play(calm(seed), { [patron]: [{ kind: 'support', client, package: pkg, covert: true }] });
  const exposed = (r: { log: LogEntry[] }) => entries(r.log, 'support').some((e) => e.change === 'exposed');

  it('when Turkey\'s covert mercenaries are exposed, Russia and the Minsk Group protest, relations with Turkey fall and tension rises', () => {
    const { seed, result } = findSeed('mercs-exposed', covert('turkey', 'azerbaijan', 'mercenaries'), exposed);
    const s = calm(seed);
    const protests = decisions(result.log, 'mercenaries exposed');
    expect(protests.map((e) => e.actor).sort()).toEqual(['minsk', 'russia']);
    for (const critic of ['russia', 'minsk']) expect(result.state.actors[critic].relations.turkey).toBeLessThan(s.actors[critic].relations.turkey);
    expect(statsBy(result.log, 'foreign fighters exposed').find((e) => e.field === 'tension')?.delta).toBeGreaterThan(0);
  });

  it('a patron does not protest its own mercenaries: Russia\'s exposed draw a protest from the Minsk Group only', () => {
    const { result } = findSeed('russian-mercs-exposed', covert('russia', 'armenia', 'mercenaries'), exposed);
    expect(decisions(result.log, 'mercenaries exposed').map((e) => e.actor)).toEqual(['minsk']);
  });

  it('other exposed packages draw no protest about foreign fighters', () => {
    const { result } = findSeed('advisers-exposed', covert('turkey', 'azerbaijan', 'advisers'), exposed);
    expect(decisions(result.log, 'mercenaries exposed')).toHaveLength(0);
  });
});

describe('reactions: ceasefire incidents, with blame', () => {
  /** A ceasefire between the belligerents signed on the current turn. */
  const truce = (s: GameState): GameState => {
    s.treaties.push({ id: 't-truce', kind: 'ceasefire', parties: ['armenia', 'artsakh', 'azerbaijan'], since: s.turn, expires: s.turn + 4, renewable: false, text: 'test truce', monitors: [], breachedBy: [] });
    return s;
  };
  const incidentRoll = (log: readonly LogEntry[]) => entries(log, 'roll').find((e) => e.purpose === 'incident on t-truce');
  /** The truce's first full turn, after the turn it was signed on. */
  const secondTurn = (seed: string, edit: (s: GameState) => void = () => {}) => {
    const s = truce(calm(seed));
    edit(s);
    const first = play(s);
    return { first, ...play(first.state) };
  };

  it('no incident is rolled on the turn a ceasefire is signed; from the next turn one is rolled each turn', () => {
    const { first, log } = secondTurn('truce');
    expect(incidentRoll(first.log)).toBeUndefined();
    expect(incidentRoll(log)).toBeDefined();
  });

  it('an incident breaks the ceasefire: one side is blamed, logged, charged a breach and legitimacy, and the truce ends', () => {
    const { result } = findSeed('incident', (seed) => secondTurn(seed), (r) => incidentRoll(r.log)?.success === true);
    const breach = entries(result.log, 'treaty').find((e) => e.treaty === 't-truce' && e.change === 'breached');
    expect(breach?.text).toMatch(/is blamed/);
    const t = result.state.treaties.find((x) => x.id === 't-truce')!;
    expect(t.breachedBy).toHaveLength(1);
    const blamed = t.breachedBy[0];
    expect(['armenia', 'artsakh', 'azerbaijan']).toContain(blamed);
    expect(breach?.text).toContain(result.state.actors[blamed].name);
    const before = result.first.state.actors[blamed];
    expect(result.state.actors[blamed].breaches).toBe(before.breaches + 1);
    expect(statsBy(result.log, 'broke a ceasefire').find((e) => e.actor === blamed && e.field === 'legitimacy')?.delta).toBeLessThan(0);
    expect(t.expires).toBe(result.first.state.turn);
    expect(play(result.state).state.treaties.some((x) => x.id === 't-truce')).toBe(false);
  });

  it('when the roll is kept the ceasefire holds and no one is blamed', () => {
    const { result } = findSeed('no-incident', (seed) => secondTurn(seed), (r) => incidentRoll(r.log)?.success === false);
    expect(entries(result.log, 'treaty').some((e) => e.change === 'breached')).toBe(false);
    expect(result.state.treaties.find((x) => x.id === 't-truce')?.breachedBy).toEqual([]);
  });

  it('blame falls most often on the more aggressive side, whichever side that is', () => {
    const blameCounts = (edit: (s: GameState) => void) => {
      const n: Record<string, number> = {};
      for (let i = 0; i < 80; i++) {
        const r = secondTurn(`blame-${i}`, edit);
        for (const b of r.state.treaties.find((x) => x.id === 't-truce')?.breachedBy ?? []) n[b] = (n[b] ?? 0) + 1;
      }
      return n;
    };
    const setAggression = (s: GameState, a: ActorId, v: number) => {
      (s.actors[a].doctrine as { aggression: number }).aggression = v;
    };
    const hawk = blameCounts((s) => {
      setAggression(s, 'azerbaijan', 90);
      setAggression(s, 'armenia', 5);
      setAggression(s, 'artsakh', 5);
    });
    expect(hawk.azerbaijan ?? 0).toBeGreaterThan((hawk.armenia ?? 0) + (hawk.artsakh ?? 0));
    const dove = blameCounts((s) => {
      setAggression(s, 'azerbaijan', 5);
      setAggression(s, 'armenia', 90);
      setAggression(s, 'artsakh', 5);
    });
    expect(dove.armenia ?? 0).toBeGreaterThan((dove.azerbaijan ?? 0) + (dove.artsakh ?? 0));
  }, 30_000);
});
