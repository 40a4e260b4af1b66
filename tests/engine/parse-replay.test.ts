import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReplay } from '../../src/engine';

/** JSON as JSON.parse reads it: a test edits it freely and the code under test checks it. */
type Json = Record<string, ReturnType<typeof JSON.parse>>;
const golden = (): Json => JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'golden-2020-war.replay.json'), 'utf8'));

function refusal(edit: (r: Json) => unknown): string {
  const r = golden();
  const edited = edit(r) ?? r;
  const parsed = parseReplay(edited);
  if (parsed.ok) throw new Error('the replay was accepted');
  expect(parsed.code).toBe('ERR_NOT_A_REPLAY');
  return parsed.message;
}

describe('parseReplay accepts a replay and rebuilds it from its known fields', () => {
  it('a golden replay comes back equal, as a new object', () => {
    const r = golden();
    const parsed = parseReplay(r);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.replay).toEqual(r);
    expect(parsed.replay).not.toBe(r);
    expect(parsed.replay.turns[0].orders).not.toBe(r.turns[0].orders);
  });

  it('keeps a branch (parent and week), and a replay without one has no branch field', () => {
    const r = golden();
    const parsed = parseReplay({ ...r, branch: { parent: r.startHash, week: 2 } });
    expect(parsed.ok && parsed.replay.branch).toEqual({ parent: r.startHash, week: 2 });
    const plain = parseReplay(r);
    expect(plain.ok && Object.hasOwn(plain.replay, 'branch')).toBe(false);
  });

  it('takes a scenario id it does not know (the caller looks it up as an own key and refuses it)', () => {
    for (const id of ['constructor', 'no-such-war']) {
      const parsed = parseReplay({ ...golden(), scenarioId: id });
      expect(parsed.ok && parsed.replay.scenarioId).toBe(id);
    }
  });
});

describe('parseReplay refuses anything else, naming the path of the first fault', () => {
  const cases: [string, (r: Json) => unknown, RegExp][] = [
    ['not an object', () => [1, 2], /^A replay is a JSON object/],
    ['another format', (r) => void (r.format = 'karabakh-save'), /^\$\.format must be "karabakh-replay" \(found "karabakh-save"\)/],
    ['an unknown field', (r) => void (r.extra = 1), /^\$\.extra is not a field of a replay/],
    ['a missing field', (r) => void delete r.startHash, /^\$ has no startHash/],
    ['a seed that is not a string', (r) => void (r.seed = 7), /^\$\.seed must be a string/],
    ['a seed longer than 200 characters', (r) => void (r.seed = 's'.repeat(201)), /^\$\.seed is longer than 200 characters/],
    ['a scenario id longer than 40 characters', (r) => void (r.scenarioId = 'x'.repeat(41)), /^\$\.scenarioId is longer than 40/],
    ['a hash that is not 16 hex digits', (r) => void (r.turns[2].hash = 'XYZ'), /^\$\.turns\[2\]\.hash must be 16 hex digits/],
    ['a variant that is a number', (r) => void (r.variant = 3), /^\$\.variant must be a string/],
    ['turns that are not a list', (r) => void (r.turns = {}), /^\$\.turns must be a list/],
    ['more than 1000 turns', (r) => void (r.turns = Array.from({ length: 1001 }, () => r.turns[0])), /^\$\.turns has 1001 turns; at most 1000/],
    ['a turn that is not an object', (r) => void (r.turns[3] = 'next'), /^\$\.turns\[3\] must be an object/],
    ['an unknown field in a turn', (r) => void (r.turns[1].note = 'x'), /^\$\.turns\[1\]\.note is not a field of a replay/],
    ['orders that are a list', (r) => void (r.turns[0].orders = []), /^\$\.turns\[0\]\.orders must be an object of actor/],
    ['an actor key that is not an id', (r) => void (r.turns[0].orders['Not An Id'] = []), /^\$\.turns\[0\]\.orders\["Not An Id"\]: "Not An Id" is not an actor id/],
    ['orders that are not a list', (r) => void (r.turns[3].orders.turkey = { kind: 'hold' }), /^\$\.turns\[3\]\.orders\.turkey must be a list of orders/],
    ['an order that is not an object', (r) => void (r.turns[3].orders.turkey = [7]), /^\$\.turns\[3\]\.orders\.turkey\[0\] must be an order/],
    ['an order without a kind', (r) => void (r.turns[3].orders.turkey = [{ region: 'baku' }]), /^\$\.turns\[3\]\.orders\.turkey\[0\] must be an order/],
    ['more than 64 orders of one actor in a turn', (r) => void (r.turns[0].orders.turkey = Array.from({ length: 65 }, () => ({ kind: 'hold', region: 'baku' }))), /^\$\.turns\[0\]\.orders\.turkey has 65 orders; at most 64/],
    ['a branch that is not an object', (r) => void (r.branch = 'main'), /^\$\.branch must be an object \{ parent, week \}/],
    ['a branch without a week', (r) => void (r.branch = { parent: r.startHash }), /^\$\.branch has no week/],
    ['a branch with an unknown field', (r) => void (r.branch = { parent: r.startHash, week: 1, at: 2 }), /^\$\.branch\.at is not a field of a replay/],
    ['a branch whose parent is not a hash', (r) => void (r.branch = { parent: 'game-1', week: 1 }), /^\$\.branch\.parent must be 16 hex digits/],
    ['a branch week that is not whole', (r) => void (r.branch = { parent: r.startHash, week: 1.5 }), /^\$\.branch\.week must be a whole number/],
    ['a branch week below 0', (r) => void (r.branch = { parent: r.startHash, week: -1 }), /^\$\.branch\.week must be a whole number of weeks, 0 or more/],
    ['a branch week beyond the turns', (r) => void (r.branch = { parent: r.startHash, week: r.turns.length + 1 }), /^\$\.branch\.week is \d+, but the replay has only \d+ turns/],
    ['more than 40 actors in a turn', (r) => void (r.turns[0].orders = Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`a${i}`, []]))), /^\$\.turns\[0\]\.orders names 41 actors/],
  ];

  it.each(cases)('%s', (_name, edit, message) => {
    expect(refusal(edit)).toMatch(message);
  });

  it('refuses __proto__ and constructor as actors, even as own keys made by JSON.parse', () => {
    for (const key of ['__proto__', 'constructor']) {
      const text = JSON.stringify(golden()).replace('"orders":{', `"orders":{"${key}":[],`);
      const parsed = parseReplay(JSON.parse(text));
      expect(parsed.ok, key).toBe(false);
      if (!parsed.ok) expect(parsed.message).toBe(`$.turns[0].orders.${key}: the key '${key}' is not allowed.`);
    }
  });

  it('refuses junk nested deep inside an order before anything walks it', () => {
    let junk: unknown = 1;
    for (let i = 0; i < 20_000; i++) junk = { deeper: junk };
    const message = refusal((r) => void (r.turns[0].orders.turkey = [{ kind: 'hold', region: 'baku', extra: junk }]));
    expect(message).toMatch(/^\$\.turns\[0\]\.orders\.turkey\[0\]\.extra(\.deeper)+: nested more than 64 deep/);
  });
});
