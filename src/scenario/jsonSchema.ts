// A small interpreter for the subset of JSON Schema that scenarios/scenario.schema.json uses:
// type, properties, required, additionalProperties, enum, const, items, minimum, maximum,
// minItems, pattern, oneOf (picked by a `kind` const when every branch has one) and local $ref.
// Hand-written rather than a library so the browser bundle stays small.

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
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly items?: JsonSchema;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly pattern?: string;
  readonly oneOf?: readonly JsonSchema[];
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$.a.b`, or `$.a["aras-border"]` when the key is not an identifier. */
export function keyPath(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeOf(value) === 'object';
}

export class SchemaChecker {
  private readonly patterns = new Map<string, RegExp>();

  constructor(private readonly root: JsonSchema) {}

  check(value: unknown, schema: JsonSchema = this.root, path = '$'): SchemaError[] {
    const errors: SchemaError[] = [];
    this.visit(value, schema, path, errors);
    return errors;
  }

  private resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    while (current.$ref !== undefined) {
      const name = current.$ref.startsWith('#/$defs/') ? current.$ref.slice('#/$defs/'.length) : undefined;
      const target = name === undefined ? undefined : this.root.$defs?.[name];
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

  private visit(value: unknown, raw: JsonSchema, path: string, errors: SchemaError[]): void {
    const schema = this.resolve(raw);
    if (schema.oneOf !== undefined) {
      this.visitOneOf(value, schema.oneOf, path, errors);
      return;
    }
    if (schema.type !== undefined) {
      const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
      if (!types.some((t) => hasType(value, t))) {
        errors.push({ path, message: `expected ${types.join(' or ')}, got ${typeOf(value)}` });
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
    if (typeof value === 'number') {
      if (schema.minimum !== undefined && value < schema.minimum) errors.push({ path, message: `must be at least ${schema.minimum}, got ${value}` });
      if (schema.maximum !== undefined && value > schema.maximum) errors.push({ path, message: `must be at most ${schema.maximum}, got ${value}` });
    }
    if (typeof value === 'string' && schema.pattern !== undefined && !this.regex(schema.pattern).test(value)) {
      errors.push({ path, message: `${show(value)} does not match the pattern ${schema.pattern}` });
    }
    if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems) {
        errors.push({ path, message: `must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}, has ${value.length}` });
      }
      if (schema.items !== undefined) {
        const items = schema.items;
        value.forEach((item, i) => this.visit(item, items, indexPath(path, i), errors));
      }
    }
    if (isRecord(value)) this.visitObject(value, schema, path, errors);
  }

  private visitObject(value: Record<string, unknown>, schema: JsonSchema, path: string, errors: SchemaError[]): void {
    for (const key of schema.required ?? []) {
      if (!(key in value)) errors.push({ path, message: `missing required field '${key}'` });
    }
    const properties = schema.properties ?? {};
    for (const key of Object.keys(value)) {
      const property = properties[key];
      if (property !== undefined) {
        this.visit(value[key], property, keyPath(path, key), errors);
      } else if (schema.additionalProperties === false) {
        errors.push({ path: keyPath(path, key), message: `unknown field '${key}'` });
      } else if (typeof schema.additionalProperties === 'object') {
        this.visit(value[key], schema.additionalProperties, keyPath(path, key), errors);
      }
    }
  }

  private kindOf(branch: JsonSchema): unknown {
    const kind = this.resolve(branch).properties?.kind;
    return kind === undefined ? undefined : this.resolve(kind).const;
  }

  private visitOneOf(value: unknown, branches: readonly JsonSchema[], path: string, errors: SchemaError[]): void {
    const kinds = branches.map((b) => this.kindOf(b));
    if (kinds.every((k) => typeof k === 'string')) {
      if (!isRecord(value)) {
        errors.push({ path, message: `expected object, got ${typeOf(value)}` });
        return;
      }
      const allowed = kinds.join(', ');
      if (!('kind' in value)) {
        errors.push({ path, message: `missing required field 'kind' (one of ${allowed})` });
        return;
      }
      const index = kinds.findIndex((k) => k === value.kind);
      if (index < 0) {
        errors.push({ path: keyPath(path, 'kind'), message: `unknown kind ${show(value.kind)}; expected one of ${allowed}` });
        return;
      }
      this.visit(value, branches[index], path, errors);
      return;
    }
    const results = branches.map((b) => this.check(value, b, path));
    if (results.some((r) => r.length === 0)) return;
    const fitting = branches.map((b, i) => ({ b, r: results[i] })).filter(({ b }) => this.acceptsType(value, b));
    if (fitting.length === 0) {
      const expected = branches.map((b) => this.describeType(b)).join(' or ');
      errors.push({ path, message: `expected ${expected}, got ${typeOf(value)}` });
      return;
    }
    errors.push(...fitting[0].r);
  }

  private describeType(branch: JsonSchema): string {
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
