// The shipped scenarios, checked once when this module loads: an invalid shipped file is a bug.
// The browser imports ./shipped instead, so the schema and its checker stay out of its bundle.
import { SCENARIOS, SHIPPED_FILES } from './shipped';
import { validateScenario } from './validate';

export type { Scenario } from './types';
export { loadScenario } from './load';
export { SCENARIOS, shippedScenario } from './shipped';
export { SCENARIO_LIMITS, validateScenario } from './validate';

for (const [id, file] of Object.entries(SHIPPED_FILES)) {
  const result = validateScenario(SCENARIOS[id]);
  if (!result.ok) {
    const first = result.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ');
    throw new Error(`shipped scenario ${file} is invalid (${result.errors.length} errors): ${first}`);
  }
}
