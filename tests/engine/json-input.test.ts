import { describe, expect, it } from 'vitest';
import { checkJsonShape, parseJson, type JsonLimits } from '../../src/engine';

const LIMITS: JsonLimits = { maxBytes: 16 * 1024 * 1024, maxDepth: 64, maxValues: 1000 };

/** `[[[…1…]]]`, nested `depth` deep. */
const nestedText = (depth: number): string => '['.repeat(depth) + '1' + ']'.repeat(depth);

describe('parseJson: bounded text in, a value or the first fault out', () => {
  it('accepts nesting up to the limit and refuses one level more, from the text, with its line and column', () => {
    expect(parseJson(nestedText(64), LIMITS).ok).toBe(true);
    const r = parseJson(`{\n "a": ${nestedText(64)}}`, LIMITS);
    expect(r).toEqual({ ok: false, path: null, message: 'invalid JSON at line 2, column 70: nested more than 64 deep' });
  });

  it('refuses four million levels of nesting without parsing them (no stack overflow, no RangeError)', () => {
    const r = parseJson(nestedText(4_000_000), LIMITS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^invalid JSON at line 1, column 65: nested more than 64 deep$/);
  });

  it('does not count brackets inside strings as nesting', () => {
    const r = parseJson(JSON.stringify({ text: '['.repeat(500) + '\\"{{{' }), LIMITS);
    expect(r.ok).toBe(true);
  });

  it('refuses a text longer than the limit before parsing it', () => {
    const r = parseJson(' '.repeat(101) + '1', { ...LIMITS, maxBytes: 100 });
    expect(r).toEqual({ ok: false, path: null, message: 'the text is longer than the limit of 100 bytes' });
  });

  it('reports a syntax error with its line and column', () => {
    const r = parseJson('{\n  "a": 1,,\n}', LIMITS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^invalid JSON at line 2, column \d+/);
  });

  it('refuses a number JSON.parse turns into Infinity, naming its path', () => {
    expect(parseJson('{"treasury": [1, 1e400]}', LIMITS)).toEqual({ ok: false, path: '$.treasury[1]', message: 'a number too large to hold' });
  });

  it('refuses __proto__, constructor and the other inherited names as keys, even as own keys made by JSON.parse', () => {
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']) {
      const r = parseJson(`{"actors": [{"${key}": {"x": 1}}]}`, LIMITS);
      expect(r, key).toEqual({ ok: false, path: `$.actors[0].${key}`, message: `the key '${key}' is not allowed` });
    }
  });

  it('refuses more values than the limit, wherever they are', () => {
    const r = parseJson(JSON.stringify({ a: Array.from({ length: 2000 }, () => 0) }), LIMITS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('more than 1000 values in all');
  });
});

describe('checkJsonShape: the same limits on a value already in memory', () => {
  it('walks a value nested far deeper than the call stack allows, and refuses it at the limit', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    const r = checkJsonShape(deep, LIMITS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('nested more than 64 deep');
  });

  it('refuses values JSON cannot hold: undefined, functions, NaN, class instances', () => {
    expect(checkJsonShape({ a: undefined }, LIMITS)).toMatchObject({ ok: false, path: '$.a' });
    expect(checkJsonShape({ a: () => 1 }, LIMITS)).toMatchObject({ ok: false, path: '$.a' });
    expect(checkJsonShape([0, Number.NaN], LIMITS)).toMatchObject({ ok: false, path: '$[1]' });
    expect(checkJsonShape({ when: new Map() }, LIMITS)).toMatchObject({ ok: false, path: '$.when', message: 'not a plain JSON object' });
  });

  it('refuses a key longer than 100 characters without quoting it', () => {
    const r = checkJsonShape({ ok: { ['k'.repeat(101)]: 1 } }, LIMITS);
    expect(r).toEqual({ ok: false, path: '$.ok', message: 'a key longer than 100 characters' });
  });

  it('names keys that are not identifiers in brackets', () => {
    expect(checkJsonShape({ forces: { 'aras-border': { toString: 1 } } }, LIMITS)).toEqual({ ok: false, path: '$.forces["aras-border"].toString', message: "the key 'toString' is not allowed" });
  });

  it('accepts ordinary JSON, including objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: [1, 'two', null, true, { b: -3 }] });
    expect(checkJsonShape(bare, LIMITS)).toEqual({ ok: true });
  });
});
