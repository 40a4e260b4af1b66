// A message's payload as plain data, within limits, before anything reads it: objects, lists,
// short strings, whole numbers, booleans and null, rebuilt into fresh objects. Anything else,
// or anything too deep, too long or too big, is refused with a message saying where.
import type { Result } from '../engine';

export interface DataLimits {
  readonly depth: number;
  /** Values in all (every object, list, string, number…). */
  readonly nodes: number;
  readonly stringLength: number;
  /** Keys in one object, items in one list. */
  readonly width: number;
}

/** Strings up to 1000 characters: the longest field a message carries is a written inject's text (each action checks its own, shorter limits). */
const MESSAGE_LIMITS: DataLimits = { depth: 8, nodes: 4000, stringLength: 1000, width: 200 };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class Refusal extends Error {}

function copy(value: unknown, path: string, depth: number, limits: DataLimits, count: { n: number }): unknown {
  if (++count.n > limits.nodes) throw new Refusal(`the message holds more than ${limits.nodes} values`);
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Refusal(`${path} must be a whole number`);
    return value;
  }
  if (typeof value === 'string') {
    if (value.length > limits.stringLength) throw new Refusal(`${path} is longer than ${limits.stringLength} characters`);
    return value;
  }
  if (typeof value !== 'object') throw new Refusal(`${path} is not plain data`);
  if (depth >= limits.depth) throw new Refusal(`${path} is nested more than ${limits.depth} deep`);
  if (Array.isArray(value)) {
    if (value.length > limits.width) throw new Refusal(`${path} has more than ${limits.width} items`);
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(copy(value[i], `${path}[${i}]`, depth + 1, limits, count));
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new Refusal(`${path} is not plain data`);
  const keys = Object.keys(value);
  if (keys.length > limits.width) throw new Refusal(`${path} has more than ${limits.width} fields`);
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (FORBIDDEN_KEYS.has(k) || k.length > limits.stringLength) throw new Refusal(`${path} has a field name that is not allowed`);
    out[k] = copy((value as Record<string, unknown>)[k], `${path}.${k}`, depth + 1, limits, count);
  }
  return out;
}

/** `value` rebuilt as plain data, or a refusal naming the first fault ($ is the message). */
export function plainData(value: unknown, limits: DataLimits = MESSAGE_LIMITS): Result<{ value: unknown }> {
  try {
    return { ok: true, value: copy(value, '$', 0, limits, { n: 0 }) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, code: 'ERR_BAD_MESSAGE', message: `Refused: ${e.message}.` };
    throw e;
  }
}
