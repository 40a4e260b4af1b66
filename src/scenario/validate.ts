// Validates a parsed scenario file: first its size and shape (nesting, count of values, no
// prototype keys: engine/json-input.ts), then against scenarios/scenario.schema.json, then the
// cross-references the schema cannot express. Every error comes back with its JSON path.
import schema from '../../scenarios/scenario.schema.json';
import { checkJsonShape, type JsonLimits } from '../engine/json-input';
import { checkCrossReferences } from './crossRefs';
import { SchemaChecker, type JsonSchema, type SchemaError } from './jsonSchema';
import type { Scenario } from './types';

export type { SchemaError as ValidationError } from './jsonSchema';

export type ValidationResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly errors: readonly SchemaError[] };

/**
 * The limits of a scenario file: 4 MB of text, nesting 64 deep, 200,000 values. The shipped
 * scenarios are about 60 kB, nest 8 deep and hold about 2,500 values.
 */
export const SCENARIO_LIMITS: JsonLimits = { maxBytes: 4 * 1024 * 1024, maxDepth: 64, maxValues: 200_000 };

const checker = new SchemaChecker(schema as unknown as JsonSchema);

export function validateScenario(json: unknown): ValidationResult {
  const shape = checkJsonShape(json, SCENARIO_LIMITS);
  if (!shape.ok) return { ok: false, errors: [{ path: shape.path, message: shape.message }] };
  const errors = [...checker.check(json), ...checkCrossReferences(json)];
  return errors.length === 0 ? { ok: true, scenario: json as Scenario } : { ok: false, errors };
}
