// The shipped scenarios, checked once when this module loads: an invalid shipped file is a bug.
import full from '../../scenarios/2020-full.json';
import war from '../../scenarios/2020-war.json';
import type { Scenario } from './types';
import { validateScenario } from './validate';

export type { Scenario } from './types';
export { loadScenario, parseScenario } from './load';
export { validateScenario } from './validate';

function shipped(json: unknown, file: string): Scenario {
  const result = validateScenario(json);
  if (!result.ok) {
    const first = result.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ');
    throw new Error(`shipped scenario ${file} is invalid (${result.errors.length} errors): ${first}`);
  }
  return result.scenario;
}

export const SCENARIOS: Readonly<Record<string, Scenario>> = {
  '2020-war': shipped(war, 'scenarios/2020-war.json'),
  '2020-full': shipped(full, 'scenarios/2020-full.json'),
};
