// Every number, list, string and map in the scenario schema is bounded, and the interpreter
// honours each bound.
import { describe, expect, it } from 'vitest';
import schema from '../../scenarios/scenario.schema.json';
import { SchemaChecker, type JsonSchema } from '../../src/scenario/jsonSchema';

type Node = Record<string, unknown>;

/** Every subschema of the schema file, with its JSON pointer. */
function subschemas(): [string, Node][] {
  const found: [string, Node][] = [];
  const stack: [string, unknown][] = [['#', schema]];
  while (stack.length > 0) {
    const [at, node] = stack.pop() as [string, unknown];
    if (Array.isArray(node)) node.forEach((n, i) => stack.push([`${at}/${i}`, n]));
    else if (typeof node === 'object' && node !== null) {
      found.push([at, node as Node]);
      for (const [k, v] of Object.entries(node)) stack.push([`${at}/${k}`, v]);
    }
  }
  return found;
}

const typed = (type: string): [string, Node][] => subschemas().filter(([, s]) => s.type === type || (Array.isArray(s.type) && s.type.includes(type)));

describe('the scenario schema bounds everything', () => {
  it('every integer has a minimum and a maximum, both safe integers', () => {
    const integers = typed('integer');
    expect(integers.length).toBeGreaterThan(100);
    const unbounded = integers.filter(([, s]) => !Number.isSafeInteger(s.minimum) || !Number.isSafeInteger(s.maximum)).map(([at]) => at);
    expect(unbounded).toEqual([]);
    expect(typed('number')).toEqual([]);
  });

  it('every list has a maximum length', () => {
    expect(typed('array').filter(([, s]) => typeof s.maxItems !== 'number').map(([at]) => at)).toEqual([]);
  });

  it('every string has a maximum length', () => {
    expect(typed('string').filter(([, s]) => typeof s.maxLength !== 'number').map(([at]) => at)).toEqual([]);
  });

  it('every object keyed by ids bounds its keys and their number', () => {
    const maps = typed('object').filter(([, s]) => s.additionalProperties !== false);
    expect(maps.length).toBeGreaterThan(0);
    expect(maps.filter(([, s]) => typeof s.maxProperties !== 'number' || s.propertyNames === undefined).map(([at]) => at)).toEqual([]);
  });

  it('ids are lower-case words joined by hyphens, at most 40 characters, never "constructor"', () => {
    const id = (schema.$defs as Record<string, Node>).id;
    expect(id).toMatchObject({ type: 'string', maxLength: 40, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', not: { const: 'constructor' } });
  });
});

describe('the interpreter honours the bounds', () => {
  const check = (value: unknown, s: JsonSchema): string[] => new SchemaChecker(s).check(value).map((e) => `${e.path}: ${e.message}`);

  it('maxItems: one error for the list, its items left unchecked', () => {
    expect(check([1, 'x', 3], { type: 'array', items: { type: 'integer' }, maxItems: 2 })).toEqual(['$: must have at most 2 items, has 3']);
  });

  it('maxLength counts characters, not UTF-16 units', () => {
    expect(check('🙂🙂', { type: 'string', maxLength: 2 })).toEqual([]);
    expect(check('🙂🙂🙂', { type: 'string', maxLength: 2 })).toEqual(['$: must be at most 2 characters long, has 3']);
  });

  it('maxProperties and propertyNames', () => {
    const map: JsonSchema = { type: 'object', propertyNames: { type: 'string', pattern: '^[a-z]+$' }, maxProperties: 2, additionalProperties: { type: 'integer' } };
    expect(check({ a: 1, B: 2 }, map)).toEqual(['$.B: field name \'B\' does not match the pattern ^[a-z]+$']);
    expect(check({ a: 1, b: 2, c: 3 }, map)).toEqual(['$: must have at most 2 fields, has 3']);
  });

  it('not, with the reason from its description', () => {
    expect(check('x', { type: 'string', not: { const: 'x', description: 'reserved' } })).toEqual(["$: 'x' is not allowed here (reserved)"]);
    expect(check('y', { type: 'string', not: { const: 'x' } })).toEqual([]);
  });

  it('integers are safe integers: 2^53 and 1e300 are not integers', () => {
    expect(check(2 ** 53 - 1, { type: 'integer' })).toEqual([]);
    expect(check(2 ** 53, { type: 'integer' })).toEqual(['$: expected integer, got 9007199254740992, an integer beyond ±2^53 that cannot be counted exactly']);
    expect(check(1.5, { type: 'integer' })).toEqual(['$: expected integer, got number']);
  });

  it('quotes at most 60 characters of a value in a message', () => {
    const [message] = check('q'.repeat(10_000), { type: 'string', pattern: '^a$' });
    expect(message.length).toBeLessThan(120);
  });
});
