// The shipped scenarios, checked once when this module loads: an invalid shipped file is a bug.
import full from '../../scenarios/2020-full.json';
import war from '../../scenarios/2020-war.json';
import { freeze } from 'immer';
import type { Scenario } from './types';
import { validateScenario } from './validate';

export type { Scenario } from './types';
export { loadScenario } from './load';
export { SCENARIO_LIMITS, validateScenario } from './validate';

function shipped(json: unknown, file: string): Scenario {
  const result = validateScenario(json);
  if (!result.ok) {
    const first = result.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ');
    throw new Error(`shipped scenario ${file} is invalid (${result.errors.length} errors): ${first}`);
  }
  // Frozen once, deeply: nothing may change a shipped scenario, and the hash of a frozen object
  // is remembered, so newGame and verifyReplay hash it once per process, not once per game.
  return freeze(result.scenario, true);
}

/**
 * The shipped scenarios by id, in an object without a prototype: `SCENARIOS['constructor']` is
 * undefined, as is every id that is not shipped. Look ids up with shippedScenario.
 */
export const SCENARIOS: Readonly<Record<string, Scenario>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, Scenario>, {
    '2020-war': shipped(war, 'scenarios/2020-war.json'),
    '2020-full': shipped(full, 'scenarios/2020-full.json'),
  }),
);

/** The shipped scenario with this id (an own key of SCENARIOS), or undefined. */
export function shippedScenario(id: string): Scenario | undefined {
  return Object.hasOwn(SCENARIOS, id) ? SCENARIOS[id] : undefined;
}
