// JSON from outside the program (a file, a paste, a browser's storage), bounded before and after
// parsing: the text's length, how deep arrays and objects nest, how many values there are in all,
// numbers that are finite, and no key that could reach an object's prototype. Every check here
// walks with its own stack, never by recursion, so no input can overflow the call stack.

export interface JsonLimits {
  /** The longest text accepted, in bytes of UTF-8 (a reader checks a file's size before reading it). */
  readonly maxBytes: number;
  /** The deepest nesting of arrays and objects: `[[1]]` nests 2 deep. */
  readonly maxDepth: number;
  /** The most values (objects, arrays, strings, numbers, booleans and nulls) in all. */
  readonly maxValues: number;
}

export type JsonShape = { readonly ok: true } | { readonly ok: false; readonly path: string; readonly message: string };
/** A refused text: `path` names the value at fault, or is null when the text itself is (too long, not JSON). */
export type ParsedJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly path: string | null; readonly message: string };

/** The names every object inherits (and `prototype`): refused as keys wherever they appear. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set([
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'toLocaleString', 'valueOf',
  '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
]);

/** No field name or id is longer; a longer key would only make every message that quotes it long. */
const MAX_KEY_LENGTH = 100;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$.a.b`, or `$.a["aras-border"]` when the key is not an identifier. */
export function keyPath(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** A value met on the walk, with the way back to the root (its path is built only for an error). */
interface Step {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Step | null;
  readonly key: string | number;
}

function pathOf(step: Step): string {
  const keys: (string | number)[] = [];
  for (let s: Step | null = step; s !== null && s.parent !== null; s = s.parent) keys.push(s.key);
  let path = '$';
  for (let i = keys.length - 1; i >= 0; i--) {
    const k = keys[i];
    path = typeof k === 'number' ? indexPath(path, k) : keyPath(path, k);
  }
  return path;
}

function isPlainRecord(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Checks a parsed value against the limits: nesting, count of values, finite numbers, plain
 * objects and arrays only, no prototype keys. The first fault is reported with its path.
 */
export function checkJsonShape(root: unknown, limits: JsonLimits): JsonShape {
  const stack: Step[] = [{ value: root, depth: 0, parent: null, key: '' }];
  let count = 0;
  const fault = (step: Step, message: string): JsonShape => ({ ok: false, path: pathOf(step), message });
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const v = step.value;
    if (++count > limits.maxValues) return fault(step, `more than ${limits.maxValues} values in all`);
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return fault(step, 'a number too large to hold');
      continue;
    }
    if (typeof v !== 'object') return fault(step, `a ${typeof v} is not JSON`);
    if (step.depth + 1 > limits.maxDepth) return fault(step, `nested more than ${limits.maxDepth} deep`);
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], depth: step.depth + 1, parent: step, key: i });
      continue;
    }
    if (!isPlainRecord(v)) return fault(step, 'not a plain JSON object');
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      if (key.length > MAX_KEY_LENGTH) return fault(step, `a key longer than ${MAX_KEY_LENGTH} characters`);
      const child: Step = { value: (v as Record<string, unknown>)[key], depth: step.depth + 1, parent: step, key };
      if (PROTOTYPE_KEYS.has(key)) return fault(child, `the key '${key}' is not allowed`);
      stack.push(child);
    }
  }
  return { ok: true };
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** The offset where arrays and objects first nest deeper than `maxDepth`, read from the text. */
function tooDeepAt(text: string, maxDepth: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return null;
}

function describeJsonError(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const at = /position (\d+)/.exec(message);
  const offset = at !== null ? Number(at[1]) : /end of JSON input/.test(message) ? text.length : undefined;
  if (offset === undefined) return `invalid JSON: ${message}`;
  return `invalid JSON at ${lineAndColumn(text, offset)}: ${message}`;
}

/**
 * Parses a text within the limits: too long or too deeply nested, it is refused before parsing
 * (so a hostile text costs one pass over its characters); once parsed, checkJsonShape.
 */
export function parseJson(text: string, limits: JsonLimits): ParsedJson {
  // A character takes at least one byte of UTF-8, so more characters than bytes allowed is too long.
  if (text.length > limits.maxBytes) return { ok: false, path: null, message: `the text is longer than the limit of ${limits.maxBytes} bytes` };
  const deep = tooDeepAt(text, limits.maxDepth);
  if (deep !== null) return { ok: false, path: null, message: `invalid JSON at ${lineAndColumn(text, deep)}: nested more than ${limits.maxDepth} deep` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, path: null, message: describeJsonError(text, e) };
  }
  const shape = checkJsonShape(value, limits);
  return shape.ok ? { ok: true, value } : shape;
}
