// The shipped scenarios as the browser takes them: frozen, not validated here. The validator and
// the schema stay out of the browser bundle; src/scenario/index.ts checks these same objects when
// it loads (the CLI, the server and the tests import it), so an invalid shipped file fails there.
import full from '../../scenarios/2020-full.json';
import war from '../../scenarios/2020-war.json';
import { freeze } from 'immer';
import type { Scenario } from './types';

/** Where each shipped scenario's file is, by id, for the check's message. */
export const SHIPPED_FILES: Readonly<Record<string, string>> = { '2020-war': 'scenarios/2020-war.json', '2020-full': 'scenarios/2020-full.json' };

/**
 * The shipped scenarios by id, in an object without a prototype: `SCENARIOS['constructor']` is
 * undefined, as is every id that is not shipped. Look ids up with shippedScenario. Frozen once,
 * deeply: nothing may change a shipped scenario, and the hash of a frozen object is remembered, so
 * newGame and verifyReplay hash it once per process, not once per game.
 */
export const SCENARIOS: Readonly<Record<string, Scenario>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, Scenario>, {
    '2020-war': freeze(war as unknown as Scenario, true),
    '2020-full': freeze(full as unknown as Scenario, true),
  }),
);

/** The shipped scenario with this id (an own key of SCENARIOS), or undefined. */
export function shippedScenario(id: string): Scenario | undefined {
  return Object.hasOwn(SCENARIOS, id) ? SCENARIOS[id] : undefined;
}
