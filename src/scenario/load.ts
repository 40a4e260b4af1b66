// Loading a scenario: parsed JSON in, a checked Scenario or the list of errors out (never a throw).
import type { Scenario } from './types';
import { validateScenario, type ValidationError } from './validate';

export type LoadResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly errors: readonly ValidationError[] };

export function loadScenario(json: unknown): LoadResult {
  return validateScenario(json);
}

/** Parses a scenario file's text, reporting a syntax error as a `$` error with its line and column. */
export function parseScenario(text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '$', message: describeJsonError(text, e) }] };
  }
  return loadScenario(json);
}

export function describeJsonError(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const at = /position (\d+)/.exec(message);
  const offset = at !== null ? Number(at[1]) : /end of JSON input/.test(message) ? text.length : undefined;
  if (offset === undefined) return `invalid JSON: ${message}`;
  const before = text.slice(0, offset).split('\n');
  return `invalid JSON at line ${before.length}, column ${before[before.length - 1].length + 1}: ${message}`;
}
