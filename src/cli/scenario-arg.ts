// Resolving --scenario: a shipped id (2020-war) or a path to a scenario file.
import { readFileSync } from 'node:fs';
import { parseScenario, SCENARIOS, type Scenario } from '../scenario';

export const DEFAULT_SCENARIO = '2020-war';

export type ScenarioResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly message: string };

export function resolveScenario(arg: string | undefined): ScenarioResult {
  const id = arg ?? DEFAULT_SCENARIO;
  const shipped = SCENARIOS[id];
  if (shipped) return { ok: true, scenario: shipped };
  const looksLikeFile = /[./\\]/.test(id);
  if (!looksLikeFile) return { ok: false, message: `unknown scenario "${id}" (shipped: ${Object.keys(SCENARIOS).join(', ')}; or give a path to a scenario file)` };
  let text: string;
  try {
    text = readFileSync(id, 'utf8');
  } catch (e) {
    return { ok: false, message: `cannot read scenario file ${id} (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  const res = parseScenario(text);
  if (!res.ok) return { ok: false, message: `invalid scenario ${id}: ${res.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ')}${res.errors.length > 5 ? ` (and ${res.errors.length - 5} more)` : ''}` };
  return { ok: true, scenario: res.scenario };
}
