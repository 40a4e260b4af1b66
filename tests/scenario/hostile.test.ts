// Scenario files that pass a loose reading of the schema but would break the engine or the
// validator itself: each is refused, with the path of the fault, and nothing throws.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import schema from '../../scenarios/scenario.schema.json';
import { SCENARIOS, shippedScenario } from '../../src/scenario';
import { checkCrossReferences } from '../../src/scenario/crossRefs';
import { SchemaChecker, type JsonSchema } from '../../src/scenario/jsonSchema';
import { parseScenario } from '../../src/scenario/load';
import { validateScenario } from '../../src/scenario/validate';

/** JSON as JSON.parse reads it: a test edits it freely and the code under test checks it. */
type Json = Record<string, ReturnType<typeof JSON.parse>>;
const text = readFileSync(join(import.meta.dirname, '../../scenarios/2020-war.json'), 'utf8');

function errorsAfter(edit: (s: Json) => void): { path: string; message: string }[] {
  const s = JSON.parse(text) as Json;
  edit(s);
  const result = validateScenario(s);
  return result.ok ? [] : [...result.errors];
}

/** A condition `{kind: all, of: [...]}` nested `depth` times around `always`. */
function nestedCondition(depth: number): Json {
  let c: Json = { kind: 'always' };
  for (let i = 0; i < depth; i++) c = { kind: 'all', of: [c] };
  return c;
}

describe('hostile numbers are refused by the schema maxima', () => {
  const cases: [string, (s: Json) => void, string, RegExp][] = [
    ['a treasury of 1e300', (s) => (s.actors[0].treasury = 1e300), '$.actors[0].treasury', /expected integer, got 1e\+300, an integer beyond ±2\^53/],
    ['an unsafe integer (2^53)', (s) => (s.actors[0].income = 2 ** 53), '$.actors[0].income', /expected integer, got 9007199254740992/],
    ['a safe integer above the maximum', (s) => (s.actors[0].treasury = 2 ** 53 - 1), '$.actors[0].treasury', /must be at most 1000000/],
    ['a negative count', (s) => (s.actors[0].forces[Object.keys(s.actors[0].forces)[0]].infantry = -3), '$.actors[0].forces', /must be at least 0, got -3/],
    ['a huge count of forces', (s) => (s.actors[0].forces[Object.keys(s.actors[0].forces)[0]].infantry = 1e9), '$.actors[0].forces', /must be at most 1000/],
    ['a huge population', (s) => (s.regions[0].population = 1e12), '$.regions[0].population', /must be at most 100000000/],
    ['a rules divisor of 0', (s) => (s.rules.combat = { strengthRatioStep: 0 }), '$.rules.combat.strengthRatioStep', /must be at least 1/],
    ['a string longer than its maximum', (s) => (s.actors[0].name = 'x'.repeat(81)), '$.actors[0].name', /must be at most 80 characters long, has 81/],
  ];
  it.each(cases)('%s', (_name, edit, path, message) => {
    const errors = errorsAfter(edit);
    expect(errors.some((e) => e.path.startsWith(path) && message.test(e.message)), JSON.stringify(errors)).toBe(true);
  });
});

describe('ids that name parts of every JavaScript object are refused', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('an actor or a region called %s', (id) => {
    const actor = errorsAfter((s) => (s.actors[3].id = id)).find((e) => e.path === '$.actors[3].id');
    const region = errorsAfter((s) => (s.regions[3].id = id)).find((e) => e.path === '$.regions[3].id');
    expect(actor?.message).toMatch(id === 'constructor' ? /'constructor' is not allowed here/ : /does not match the pattern/);
    expect(region?.message).toMatch(id === 'constructor' ? /'constructor' is not allowed here/ : /does not match the pattern/);
  });

  it('an id longer than 40 characters', () => {
    expect(errorsAfter((s) => (s.events[0].id = 'a'.repeat(41)))).toContainEqual({ path: '$.events[0].id', message: 'must be at most 40 characters long, has 41' });
  });

  it('__proto__ and constructor keys, which JSON.parse makes own keys, are refused where additionalProperties is false', () => {
    for (const key of ['__proto__', 'constructor']) {
      const result = parseScenario(text.replace('"calendar":', `"${key}": {"polluted": true}, "calendar":`));
      expect(result.ok, key).toBe(false);
      if (!result.ok) expect(result.errors).toEqual([{ path: `$.${key}`, message: `the key '${key}' is not allowed` }]);
    }
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('the schema interpreter alone looks fields up as own keys (no help from the file reader)', () => {
    const checker = new SchemaChecker(schema as unknown as JsonSchema);
    const calendar = JSON.parse('{"start": "2020-09-27", "daysPerTurn": 7, "turns": 8, "settlementEnds": "handover", "__proto__": 1, "constructor": 2}');
    expect(checker.check(calendar, { $ref: '#/$defs/calendar' })).toEqual([
      { path: '$.__proto__', message: "unknown field '__proto__'" },
      { path: '$.constructor', message: "unknown field 'constructor'" },
    ]);
    // `'constructor' in {}` is true: a required field must be an own key.
    expect(checker.check({}, { type: 'object', required: ['constructor'] })).toEqual([{ path: '$', message: "missing required field 'constructor'" }]);
  });
});

describe('hostile sizes are refused quickly by a maximum', () => {
  it('20,000 actors are refused by the count of values before anything checks them one by one', () => {
    const errors = errorsAfter((s) => (s.actors = Array.from({ length: 20_000 }, (_, i) => ({ ...s.actors[i % s.actors.length], id: `a${i}` }))));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('more than 200000 values in all');
    expect(errors[0].path).toMatch(/^\$\.actors\[\d+\]/);
  });

  it('20,000 small actors are refused by the maximum of the actors list, in one error', () => {
    const errors = errorsAfter((s) => (s.actors = Array.from({ length: 20_000 }, (_, i) => ({ id: `a${i}` }))));
    expect(errors).toContainEqual({ path: '$.actors', message: 'must have at most 40 items, has 20000' });
    expect(errors.filter((e) => e.path.startsWith('$.actors['))).toEqual([]);
  });

  it('a condition nested 848 deep is refused at the depth limit without overflowing the stack', () => {
    const errors = errorsAfter((s) => (s.events[0].condition = nestedCondition(848)));
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toMatch(/^\$\.events\[0\]\.condition(\.of\[0\])+/);
    expect(errors[0].message).toBe('nested more than 64 deep');
  });

  it('a condition nested 20 deep is still a valid scenario', () => {
    expect(errorsAfter((s) => (s.events[0].condition = nestedCondition(20)))).toEqual([]);
  });

  it('the cross-reference checks alone stop at the depth limit too', () => {
    const s = JSON.parse(text) as Json;
    s.events[0].condition = nestedCondition(100_000);
    expect(() => checkCrossReferences(s)).not.toThrow();
  });

  it('a huge neighbour list costs one pass, not one search per entry', () => {
    const errors = errorsAfter((s) => (s.regions[0].neighbours = Array.from({ length: 150_000 }, (_, i) => `r${i}`)));
    expect(errors).toContainEqual({ path: '$.regions[0].neighbours', message: 'must have at most 32 items, has 150000' });
  });
});

describe('shipped scenarios are looked up by own key', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('%s is not a shipped scenario', (id) => {
    expect(shippedScenario(id)).toBeUndefined();
    expect(SCENARIOS[id]).toBeUndefined();
  });

  it('the shipped ids are', () => {
    expect(shippedScenario('2020-war')?.id).toBe('2020-war');
    expect(Object.keys(SCENARIOS)).toEqual(['2020-war', '2020-full']);
  });
});
