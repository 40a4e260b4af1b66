// Building small situations from the shipped scenarios: a new game, edited directly as the
// plain JSON it is, then resolved. Tests mirror the rules, so each helper here is tiny.
import { expect } from 'vitest';
import { newGame, resolveTurn, type ActorId, type Forces, type GameState, type LogEntry, type OrdersByActor, type ProposalTerms } from '../../src/engine';
import { SCENARIOS } from '../../src/scenario';

export type ScenarioId = '2020-war' | '2020-full';
export const SCENARIO_IDS: readonly ScenarioId[] = ['2020-war', '2020-full'];

/** A fresh, editable opening state. */
export function game(seed = 'test', scenario: ScenarioId = '2020-war', variant: string | null = null): GameState {
  const g = newGame(SCENARIOS[scenario], seed, { variant });
  if (!g.ok) throw new Error(`newGame failed: ${g.code} ${g.message}`);
  return structuredClone(g.state);
}

/** A fresh state with no scheduled events and no random-event deck, so a test sees only the rule it is about. */
export function quiet(seed = 'test', scenario: ScenarioId = '2020-war', variant: string | null = null): GameState {
  const s = game(seed, scenario, variant);
  s.pendingEvents = [];
  s.deck = [];
  return s;
}

/** Resolve one turn that must be legal; returns an editable copy of the new state and the log. */
export function play(state: GameState, orders: OrdersByActor = {}): { state: GameState; log: LogEntry[] } {
  const r = resolveTurn(state, orders);
  if (!r.ok) throw new Error(`resolveTurn refused: ${r.code} ${r.message}`);
  return { state: structuredClone(r.state), log: r.log };
}

/** Resolve a turn that must be refused, and return the error. */
export function refuse(state: GameState, orders: OrdersByActor): { code: string; message: string } {
  const r = resolveTurn(state, orders);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('unreachable');
  return { code: r.code, message: r.message };
}

/** Put exactly these forces of an actor in a region (replacing what was there). */
export function station(state: GameState, actor: ActorId, region: string, f: Partial<Forces>): void {
  state.actors[actor].forces[region] = { infantry: 0, armour: 0, artillery: 0, airDefence: 0, drones: 0, specialForces: 0, mercenaries: 0, peacekeepers: 0, ...f };
}

/** Hand a region to an actor with these forces, removing everyone else's forces there. */
export function occupy(state: GameState, actor: ActorId, region: string, f: Partial<Forces>): void {
  for (const id of state.actorOrder) delete state.actors[id].forces[region];
  state.regions[region].controller = actor;
  station(state, actor, region, f);
}

export function entries<K extends LogEntry['kind']>(log: readonly LogEntry[], kind: K): Extract<LogEntry, { kind: K }>[] {
  return log.filter((e) => e.kind === kind) as Extract<LogEntry, { kind: K }>[];
}

/** Sum of an actor's forces of one type over the whole board. */
export function totalOf(state: GameState, actor: ActorId, type: keyof Forces): number {
  let n = 0;
  for (const f of Object.values(state.actors[actor].forces)) n += f[type];
  return n;
}

/** Seeds "label-0", "label-1", ... until `pred` holds for the result of `run`; fails after `limit`. */
export function findSeed<T>(label: string, run: (seed: string) => T, pred: (t: T) => boolean, limit = 400): { seed: string; result: T } {
  for (let i = 0; i < limit; i++) {
    const seed = `${label}-${i}`;
    const result = run(seed);
    if (pred(result)) return { seed, result };
  }
  throw new Error(`no seed among ${label}-0..${limit - 1} gave the wanted outcome`);
}

/** A settlement as the tests propose it: Aghdam and Kalbajar at once, 10 Russian peacekeepers on the Lachin corridor, a Russian–Turkish centre. */
export const SETTLEMENT: ProposalTerms = {
  kind: 'settlement',
  transfers: [
    { region: 'aghdam', to: 'azerbaijan', afterTurns: 0 },
    { region: 'kalbajar', to: 'azerbaijan', afterTurns: 0 },
  ],
  corridors: ['lachin'],
  peacekeepers: { actor: 'russia', strength: 10, years: 5, renewable: true },
  monitoringCentre: ['russia', 'turkey'],
  displacedReturn: true,
  prisonerExchange: true,
};
