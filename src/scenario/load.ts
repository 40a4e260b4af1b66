// Loading a scenario: parsed JSON in, a checked Scenario or the list of errors out (never a throw).
import { parseJson } from '../engine/json-input';
import type { Scenario } from './types';
import { SCENARIO_LIMITS, validateScenario, type ValidationError } from './validate';


export type LoadResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly errors: readonly ValidationError[] };

export function loadScenario(json: unknown): LoadResult {
  return validateScenario(json);
}

/**
 * Parses a scenario file's text within SCENARIO_LIMITS, reporting a syntax error as a `$` error
 * with its line and column.
 */
export function parseScenario(text: string): LoadResult {
  const parsed = parseJson(text, SCENARIO_LIMITS);
  if (!parsed.ok) return { ok: false, errors: [{ path: parsed.path ?? '$', message: parsed.message }] };
  return loadScenario(parsed.value);
}
