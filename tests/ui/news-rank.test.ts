// The News tab's order: what happened to the player's side and the decisive events first
// (captures, treaties and their breaches, a war opened), the rest behind a count; deterministic.
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/engine';
import { rankNews } from '../../src/ui/news';

const base = { turn: 3, phase: 'operations' as const, cause: 'test' };
const fight = (attacker: string, defender: string, region: string): LogEntry => ({ ...base, kind: 'combat', attacker, defender, region, roll: 40, threshold: 50, modifiers: [], success: true, attackerLosses: 1, defenderLosses: 2, text: `${attacker} attacks ${region}` });
const LOG: LogEntry[] = [
  { ...base, kind: 'support', link: 'l1', patron: 'russia', client: 'azerbaijan', package: 'arms', change: 'delivered', text: 'Russia arms Azerbaijan' },
  fight('azerbaijan', 'artsakh', 'hadrut'),
  { ...base, kind: 'stat', actor: 'turkey', field: 'legitimacy', delta: -4, value: 40, text: 'Turkey legitimacy −4' },
  { ...base, kind: 'decision', actor: 'iran', reasons: ['x'], text: 'Iran opens a war on Azerbaijan', cause: 'attack on a party not at war' },
  { ...base, kind: 'decision', actor: 'minsk', reasons: ['x'], text: 'Minsk grumbles', cause: 'statement' },
  fight('turkey', 'armenia', 'meghri'),
  { ...base, kind: 'treaty', treaty: 't1', treatyKind: 'ceasefire', parties: ['armenia', 'azerbaijan'], change: 'breached', text: 'Ceasefire broken: Azerbaijan is blamed', cause: 'attack during a ceasefire' },
  { ...base, kind: 'proposal', proposal: 'p9', from: 'iran', to: ['armenia'], terms: { kind: 'summit', agenda: 'x' }, text: 'Iran proposes a summit to Armenia' },
  { ...base, kind: 'capture', region: 'jabrayil', from: 'artsakh', to: 'azerbaijan', text: 'Azerbaijan takes Jabrayil' },
];

describe('rankNews', () => {
  it('shows what the facilitator injected to every team, though it concerns none of them', () => {
    const injected: LogEntry = { ...base, phase: 'events', kind: 'event', event: 'inject-1', source: 'facilitator', text: 'Storm closes the pass', facilitator: { input: 'inject', reason: null } };
    const plain: LogEntry = { ...injected, event: 'e2', text: 'A quiet summit', facilitator: undefined };
    const { top, rest } = rankNews([...LOG, plain, injected], ['turkey']);
    expect(top.map((i) => i.headline)).toContain('Storm closes the pass');
    expect(rest.map((i) => i.headline)).toContain('A quiet summit');
  });

  it('puts what concerns the player first: Turkey\'s own fight before fights it is not in, though later in the log', () => {
    const { top, rest } = rankNews(LOG, ['turkey']);
    const heads = top.map((i) => i.headline);
    expect(heads).toContain('turkey attacks meghri');
    expect(heads).not.toContain('azerbaijan attacks hadrut');
    expect(rest.map((i) => i.headline)).toContain('azerbaijan attacks hadrut');
    expect(rest.map((i) => i.headline)).toContain('Russia arms Azerbaijan');
  });

  it('always shows a breach, a capture and a war opened, without "Show all figures"', () => {
    const { top } = rankNews(LOG, ['turkey']);
    const heads = top.map((i) => i.headline);
    for (const h of ['Ceasefire broken: Azerbaijan is blamed', 'Azerbaijan takes Jabrayil', 'Iran opens a war on Azerbaijan']) expect(heads).toContain(h);
    // Statistics and ordinary decisions wait for "Show all figures".
    const all = [...top, ...rankNews(LOG, ['turkey']).rest].map((i) => i.headline);
    expect(all).not.toContain('Turkey legitimacy −4');
    expect(all).not.toContain('Minsk grumbles');
    const withStats = rankNews(LOG, ['turkey'], { includeStats: true });
    expect([...withStats.top, ...withStats.rest].map((i) => i.headline)).toEqual(expect.arrayContaining(['Turkey legitimacy −4', 'Minsk grumbles']));
  });

  it('orders each part by tone (captures, fights, …), ties in log order, the same every time', () => {
    const a = rankNews(LOG, ['armenia']);
    expect(a.top.map((i) => i.headline)).toEqual([
      'Azerbaijan takes Jabrayil',
      'turkey attacks meghri',
      'Ceasefire broken: Azerbaijan is blamed',
      'Iran proposes a summit to Armenia',
      'Iran opens a war on Azerbaijan',
    ]);
    expect(rankNews([...LOG], ['armenia'])).toEqual(a);
  });
});
