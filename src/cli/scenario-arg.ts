// Resolving --scenario: a shipped id (2020-war) or a path to a scenario file.
import { SCENARIO_LIMITS, SCENARIOS, loadScenario, shippedScenario, type Scenario } from '../scenario';
import { readJsonFile } from './read-file';

export const DEFAULT_SCENARIO = '2020-war';

export type ScenarioResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly message: string };

/** At most this many of a file's errors are listed in one line. */
const ERRORS_SHOWN = 5;

export function resolveScenario(arg: string | undefined): ScenarioResult {
  const id = arg ?? DEFAULT_SCENARIO;
  const shipped = shippedScenario(id);
  if (shipped) return { ok: true, scenario: shipped };
  const looksLikeFile = /[./\\]/.test(id);
  if (!looksLikeFile) return { ok: false, message: `unknown scenario "${id.slice(0, 40)}" (shipped: ${Object.keys(SCENARIOS).join(', ')}; or give a path to a scenario file)` };
  const json = readJsonFile(id, SCENARIO_LIMITS);
  if (!json.ok) return { ok: false, message: json.unreadable ? `scenario file ${json.message}` : `invalid scenario ${json.message}` };
  const res = loadScenario(json.value);
  if (!res.ok) {
    const shown = res.errors.slice(0, ERRORS_SHOWN).map((e) => `${e.path}: ${e.message}`).join('; ');
    const more = res.errors.length > ERRORS_SHOWN ? ` (and ${res.errors.length - ERRORS_SHOWN} more)` : '';
    return { ok: false, message: `invalid scenario ${id}: ${shown}${more}` };
  }
  return { ok: true, scenario: res.scenario };
}
