// Validates a parsed scenario file against scenarios/scenario.schema.json, then checks the
// cross-references the schema cannot express. Every error comes back with its JSON path.
import schema from '../../scenarios/scenario.schema.json';
import { checkCrossReferences } from './crossRefs';
import { SchemaChecker, type JsonSchema, type SchemaError } from './jsonSchema';
import type { Scenario } from './types';

export type { SchemaError as ValidationError } from './jsonSchema';

export type ValidationResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly errors: readonly SchemaError[] };

const checker = new SchemaChecker(schema as unknown as JsonSchema);

export function validateScenario(json: unknown): ValidationResult {
  const errors = [...checker.check(json), ...checkCrossReferences(json)];
  return errors.length === 0 ? { ok: true, scenario: json as Scenario } : { ok: false, errors };
}
