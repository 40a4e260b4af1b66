// A small interpreter for the subset of JSON Schema that scenarios/scenario.schema.json uses:
// type, properties, required, additionalProperties, propertyNames, maxProperties, enum, const,
// not, items, minItems, maxItems, minimum, maximum, maxLength, pattern, oneOf (picked
// by a `kind` const when every branch has one) and local $ref. Hand-written rather than a library
// so the browser bundle stays small. Strict where JSON Schema is loose: an "integer" is a safe
// integer (Number.isSafeInteger), fields are looked up as own keys only, and nesting deeper than
// the checker's limit is an error, so recursion here is bounded whatever the input.
import { indexPath, keyPath } from '../engine/json-input';

export { indexPath, keyPath };

export interface SchemaError {
  readonly path: string;
  readonly message: string;
}

export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly maxProperties?: number;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly not?: JsonSchema;
  readonly items?: JsonSchema;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly oneOf?: readonly JsonSchema[];
  readonly description?: string;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
}

/** How deep the checker follows a value: deeper is refused (scenario files nest about 8 deep). */
export const MAX_SCHEMA_DEPTH = 64;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** A value in a message, cut short: a message quotes at most a few dozen characters of input. */
export function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `'${value.slice(0, 57)}...'` : `'${value}'`;
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'an array' : 'an object';
  return String(value);
}

/** What a value is, for "expected integer, got …": an integer too large to be exact says so. */
function describeType(value: unknown): string {
  const type = typeOf(value);
  return typeof value === 'number' && Number.isInteger(value) && type === 'number' ? `${value}, an integer beyond ±2^53 that cannot be counted exactly` : type;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeOf(value) === 'object';
}

/** JSON Schema counts a string's length in characters (code points), not UTF-16 units. */
function lengthOf(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) n++; // the second half of a surrogate pair is not counted
  }
  return n;
}

const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

export class SchemaChecker {
  private readonly patterns = new Map<string, RegExp>();

  constructor(private readonly root: JsonSchema) {}

  check(value: unknown, schema: JsonSchema = this.root, path = '$', depth = 0): SchemaError[] {
    const errors: SchemaError[] = [];
    this.visit(value, schema, path, errors, depth);
    return errors;
  }

  private resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    while (current.$ref !== undefined) {
      const name = current.$ref.startsWith('#/$defs/') ? current.$ref.slice('#/$defs/'.length) : undefined;
      const defs = this.root.$defs;
      const target = name !== undefined && defs !== undefined && Object.hasOwn(defs, name) ? defs[name] : undefined;
      if (target === undefined) throw new Error(`schema bug: unresolvable $ref ${current.$ref}`);
      current = target;
    }
    return current;
  }

  private regex(pattern: string): RegExp {
    let re = this.patterns.get(pattern);
    if (re === undefined) {
      re = new RegExp(pattern, 'u');
      this.patterns.set(pattern, re);
    }
    return re;
  }

  private visit(value: unknown, raw: JsonSchema, path: string, errors: SchemaError[], depth: number): void {
    if (depth > MAX_SCHEMA_DEPTH) {
      errors.push({ path, message: `nested more than ${MAX_SCHEMA_DEPTH} deep` });
      return;
    }
    const schema = this.resolve(raw);
    if (schema.oneOf !== undefined) {
      this.visitOneOf(value, schema.oneOf, path, errors, depth);
      return;
    }
    if (schema.type !== undefined) {
      const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
      if (!types.some((t) => hasType(value, t))) {
        errors.push({ path, message: `expected ${types.join(' or ')}, got ${describeType(value)}` });
        return;
      }
    }
    if (schema.const !== undefined && value !== schema.const) {
      errors.push({ path, message: `must be ${show(schema.const)}, got ${show(value)}` });
      return;
    }
    if (schema.enum !== undefined && !schema.enum.includes(value)) {
      errors.push({ path, message: `must be one of ${schema.enum.map(show).join(', ')}; got ${show(value)}` });
      return;
    }
    if (schema.not !== undefined && this.matches(value, schema.not, path, depth)) {
      const why = schema.not.description;
      errors.push({ path, message: `${show(value)} is not allowed here${why === undefined ? '' : ` (${why})`}` });
      return;
    }
    if (typeof value === 'number') {
      if (schema.minimum !== undefined && value < schema.minimum) errors.push({ path, message: `must be at least ${schema.minimum}, got ${value}` });
      if (schema.maximum !== undefined && value > schema.maximum) errors.push({ path, message: `must be at most ${schema.maximum}, got ${value}` });
    }
    if (typeof value === 'string') this.visitString(value, schema, path, errors);
    if (Array.isArray(value)) this.visitArray(value, schema, path, errors, depth);
    if (isRecord(value)) this.visitObject(value, schema, path, errors, depth);
  }

  /** Whether a value passes a schema (a `const` alone is compared directly: ids meet one each). */
  private matches(value: unknown, schema: JsonSchema, path: string, depth: number): boolean {
    if (schema.const !== undefined && Object.keys(schema).every((k) => k === 'const' || k === 'description')) return value === schema.const;
    return this.check(value, schema, path, depth).length === 0;
  }

  private visitString(value: string, schema: JsonSchema, path: string, errors: SchemaError[]): void {
    // A string no longer in UTF-16 units than the limit is no longer in characters either.
    if (schema.maxLength !== undefined && value.length > schema.maxLength && lengthOf(value) > schema.maxLength) {
      errors.push({ path, message: `must be at most ${plural(schema.maxLength, 'character')} long, has ${lengthOf(value)}` });
      return;
    }
    if (schema.pattern !== undefined && !this.regex(schema.pattern).test(value)) {
      errors.push({ path, message: `${show(value)} does not match the pattern ${schema.pattern}` });
    }
  }

  private visitArray(value: readonly unknown[], schema: JsonSchema, path: string, errors: SchemaError[], depth: number): void {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      errors.push({ path, message: `must have at least ${plural(schema.minItems, 'item')}, has ${value.length}` });
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      // Too many: the items are not checked one by one (that could be thousands of errors).
      errors.push({ path, message: `must have at most ${plural(schema.maxItems, 'item')}, has ${value.length}` });
      return;
    }
    const items = schema.items;
    if (items !== undefined) value.forEach((item, i) => this.visit(item, items, indexPath(path, i), errors, depth + 1));
  }

  private visitObject(value: Record<string, unknown>, schema: JsonSchema, path: string, errors: SchemaError[], depth: number): void {
    const keys = Object.keys(value);
    if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
      errors.push({ path, message: `must have at most ${plural(schema.maxProperties, 'field')}, has ${keys.length}` });
      return;
    }
    for (const key of schema.required ?? []) {
      if (!Object.hasOwn(value, key)) errors.push({ path, message: `missing required field '${key}'` });
    }
    const properties = schema.properties ?? {};
    for (const key of keys) {
      const at = keyPath(path, key);
      if (schema.propertyNames !== undefined) {
        const bad = this.check(key, schema.propertyNames, at, depth + 1);
        if (bad.length > 0) {
          errors.push({ path: at, message: `field name ${bad[0].message}` });
          continue;
        }
      }
      if (Object.hasOwn(properties, key)) {
        this.visit(value[key], properties[key], at, errors, depth + 1);
      } else if (schema.additionalProperties === false) {
        errors.push({ path: at, message: `unknown field ${show(key)}` });
      } else if (typeof schema.additionalProperties === 'object') {
        this.visit(value[key], schema.additionalProperties, at, errors, depth + 1);
      }
    }
  }

  private kindOf(branch: JsonSchema): unknown {
    const properties = this.resolve(branch).properties;
    const kind = properties !== undefined && Object.hasOwn(properties, 'kind') ? properties.kind : undefined;
    return kind === undefined ? undefined : this.resolve(kind).const;
  }

  private visitOneOf(value: unknown, branches: readonly JsonSchema[], path: string, errors: SchemaError[], depth: number): void {
    const kinds = branches.map((b) => this.kindOf(b));
    if (kinds.every((k) => typeof k === 'string')) {
      if (!isRecord(value)) {
        errors.push({ path, message: `expected object, got ${describeType(value)}` });
        return;
      }
      const allowed = kinds.join(', ');
      if (!Object.hasOwn(value, 'kind')) {
        errors.push({ path, message: `missing required field 'kind' (one of ${allowed})` });
        return;
      }
      const index = kinds.findIndex((k) => k === value.kind);
      if (index < 0) {
        errors.push({ path: keyPath(path, 'kind'), message: `unknown kind ${show(value.kind)}; expected one of ${allowed}` });
        return;
      }
      this.visit(value, branches[index], path, errors, depth);
      return;
    }
    const results = branches.map((b) => this.check(value, b, path, depth));
    if (results.some((r) => r.length === 0)) return;
    const fitting = branches.map((b, i) => ({ b, r: results[i] })).filter(({ b }) => this.acceptsType(value, b));
    if (fitting.length === 0) {
      const expected = branches.map((b) => this.typeNames(b)).join(' or ');
      errors.push({ path, message: `expected ${expected}, got ${describeType(value)}` });
      return;
    }
    errors.push(...fitting[0].r);
  }

  private typeNames(branch: JsonSchema): string {
    const schema = this.resolve(branch);
    if (schema.type === undefined) return schema.properties !== undefined ? 'object' : 'value';
    return typeof schema.type === 'string' ? schema.type : schema.type.join(' or ');
  }

  private acceptsType(value: unknown, branch: JsonSchema): boolean {
    const schema = this.resolve(branch);
    if (schema.oneOf !== undefined) return schema.oneOf.some((b) => this.acceptsType(value, b));
    if (schema.type === undefined) return true;
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    return types.some((t) => hasType(value, t));
  }
}
