// The class debrief's model, from boards played by the computer actors.
import { describe, expect, it } from 'vitest';
import { hashState, resolveTurn, type LogEntry, type Replay } from '../../src/engine';
import { buildClassDebrief, type ClassDebrief } from '../../src/report/class-debrief';
import { classReportHtml } from '../../src/report/class-report';
import { counterfactuals } from '../../src/report/counterfactual';
import { csvField, ordersCsv, scoresCsv } from '../../src/report/csv';
import { historicalScores } from '../../src/report/history';
import { playWorld, type PlayedWorld } from '../../src/report/world';
import { shippedScenario, SCENARIOS } from '../../src/scenario/shipped';
import { simRecord, simReplay } from './record';

function debrief(seeds: readonly string[]): ClassDebrief {
  const d = buildClassDebrief(simRecord(seeds), shippedScenario);
  if ('error' in d) throw new Error(d.error);
  return d;
}

describe('decisive moments', () => {
  it('are ranked over the whole war: Shusha appears in the week it fell, with its rolls, even in a late week', () => {
    const d = debrief(['3']);
    const w = d.worlds[0];
    const fell = w.decisive[0].fellOn;
    expect(w.decisive[0].region).toBe('shusha');
    expect(fell).toBeGreaterThanOrEqual(4);
    const shusha = w.moments.find((m) => m.kind === 'capture' && m.text.includes('Shusha'));
    expect(shusha?.turn).toBe(fell);
    expect(shusha?.rolls.some((r) => r.modifiers.length > 0)).toBe(true);
    expect(Math.max(...w.moments.map((m) => m.turn))).toBe(w.world.logs.length - 1);
  });

  it('the card says why Shusha fell, with each fight’s odds and modifiers and the supply before it', () => {
    const c = debrief(['1']).worlds[0].decisive[0];
    expect(c.verdict).toMatch(/^Shusha \(Shushi\) fell in week \d/);
    expect(c.fights.some((f) => f.taken && f.text.includes('against') && f.text.includes('terrain'))).toBe(true);
    expect(Object.keys(c.supply).sort()).toEqual(['artsakh', 'azerbaijan']);
    // The three modifiers that weighed most in the deciding fight, each one of that fight's own.
    const deciding = c.fights.filter((f) => f.taken).at(-1)!;
    const factors = c.factors.split(/, (?=[a-z])/);
    expect(factors).toHaveLength(3);
    for (const f of factors) expect(deciding.text).toContain(f);
    expect(c.factors).toMatch(/terrain: mountain -20/);
  });
});

describe('history', () => {
  it('is scored from the record: two games of different seeds, whose figures differ, get the same history', () => {
    const [a, b] = [debrief(['1']), debrief(['3'])];
    const figures = (d: ClassDebrief) => d.worlds[0].world.states.at(-1)!.actorOrder.map((x) => d.worlds[0].world.states.at(-1)!.actors[x].legitimacy);
    expect(figures(a)).not.toEqual(figures(b));
    expect(a.history).toEqual(b.history);
    expect(historicalScores(SCENARIOS['2020-war'])).toEqual(a.history);
    const d = a;
    const aims = d.history.azerbaijan.aims;
    expect(aims.find((a) => a.id === 'take-shusha')?.met).toBe(true);
    expect(aims.find((a) => a.id === 'take-stepanakert')?.met).toBe(false);
    expect(aims.find((a) => a.id === 'bearable-losses')?.met).toBeNull();
  });
});

describe('as you saw it', () => {
  it('sets a team’s estimate of the enemy beside the real strength, and names covert links it never saw', () => {
    const seen = debrief(['1']).worlds[0].seen.armenia;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((t) => t.enemies.some((e) => e.enemy === 'azerbaijan' && e.seen !== e.real))).toBe(true);
    expect(seen.some((t) => t.unknownLinks.some((l) => l.patron === 'turkey'))).toBe(true);
  });
});

describe('overrides', () => {
  /** A replay whose turn `t` (an attack repelled) carries an override that the fight was won. */
  function overridden(): { replay: Replay; turn: number; region: string } {
    // The first computer-played game (seeds 1, 2, …) with a repelled attack.
    const repelled = (log: readonly LogEntry[]) => log.some((e) => e.kind === 'combat' && !e.success);
    let found: { base: Replay; world: PlayedWorld } | null = null;
    for (let seed = 1; seed <= 8 && !found; seed++) {
      const base = simReplay(String(seed));
      const played = playWorld(base, SCENARIOS['2020-war']);
      if (played.ok && played.world.logs.some(repelled)) found = { base, world: played.world };
    }
    if (!found) throw new Error('no game with a repelled attack among seeds 1-8');
    const { base, world } = found;
    const turn = world.logs.findIndex(repelled);
    const held = world.logs[turn].find((e) => e.kind === 'combat' && !e.success);
    if (held?.kind !== 'combat') throw new Error('no repelled attack');
    const inputs = { overrides: [{ kind: 'fight' as const, region: held.region, result: 'taken' as const, reason: 'The class wanted to see it fall' }] };
    const resolve = resolveTurn as (...a: unknown[]) => ReturnType<typeof resolveTurn>;
    const res = resolve(world.states[turn], base.turns[turn].orders, inputs);
    if (!res.ok) throw new Error(res.message);
    const turns = [...base.turns.slice(0, turn), { orders: base.turns[turn].orders, inputs, hash: hashState(res.state) }];
    return { replay: { ...base, turns }, turn, region: held.region };
  }

  it.runIf(resolveTurn.length > 2)('the counterfactual (the same turn without the override) differs from the turn as played', () => {
    const { replay, turn, region } = overridden();
    const played = playWorld(replay, SCENARIOS['2020-war']);
    if (!played.ok) throw new Error(played.message);
    const [c] = counterfactuals(played.world);
    expect(c.turn).toBe(turn);
    expect(c.control).toContainEqual(expect.objectContaining({ region, without: played.world.states[turn].regions[region].controller }));
  });
});

describe('CSV', () => {
  it('quotes a team name with a comma and a quote, doubling the quote', () => {
    expect(csvField('Team "Baku", 1st')).toBe('"Team ""Baku"", 1st"');
    const scores = scoresCsv(debrief(['1']));
    expect(scores).toContain('Board 1,azerbaijan,"Team ""Baku"", 1st",');
    expect(scores.split('\r\n')[0]).toBe('board,actor,team,points,max,history points,history max (aims the record decides)');
  });

  it('has one row per turn × actor × order', () => {
    const d = debrief(['1']);
    const rows = ordersCsv(d).trimEnd().split('\r\n');
    const given = d.worlds[0].world.replay.turns.reduce((n, t) => n + Object.values(t.orders).reduce((m, o) => m + o.length, 0), 0);
    expect(rows.length - 1).toBe(given);
  });
});

describe('HTML report', () => {
  it('escapes what teams typed (names, press) and carries no script', () => {
    const record = simRecord(['1'], { azerbaijan: ['<script>alert(1)</script>'], armenia: [] });
    const d = buildClassDebrief({ ...record, worlds: record.worlds.map((w) => ({ ...w, press: [{ turn: 1, from: 'armenia', to: ['azerbaijan'], public: false, text: '<img src=x onerror=alert(2)>' }] })) }, shippedScenario);
    if ('error' in d) throw new Error(d.error);
    const html = classReportHtml(d);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(Object.keys(d.worlds[0].seen)).toEqual(['azerbaijan']);
  });
});
