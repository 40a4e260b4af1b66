// Building the opening GameState from a scenario (and an optional variant).
import { freeze } from 'immer';
import type { Scenario, VariantChange } from '../scenario/types';
import { fullForces } from './forces';
import { hashData } from './hash';
import { keyed } from './keyed';
import { seedRng } from './rng';
import { DEFAULT_RULES } from './rules';
import type { Actor, ActorId, GameState, ProxyLink, Region, Result, Rules, Treaty } from './types';
import { ENGINE_VERSION } from './version';

export interface NewGameOptions {
  readonly variant?: string | null;
}

function mergeRules(over: Scenario['rules']): Rules {
  if (!over) return DEFAULT_RULES;
  const out: Record<string, unknown> = { ...DEFAULT_RULES };
  for (const key of Object.keys(over).sort()) {
    const base = (DEFAULT_RULES as unknown as Record<string, unknown>)[key];
    const patch = (over as Record<string, unknown>)[key];
    out[key] = base && typeof base === 'object' && patch && typeof patch === 'object' ? { ...base, ...patch } : patch;
  }
  return out as unknown as Rules;
}

function applyVariant(state: GameState, change: VariantChange): void {
  switch (change.kind) {
    case 'forbid-package':
      state.links = state.links.filter((l) => !(l.patron === change.patron && l.package === change.package));
      state.forbidden.push({ patron: change.patron, package: change.package });
      return;
    case 'treaty-covers': {
      state.treaties = state.treaties.map((t) => (t.id === change.treaty ? { ...t, covers: [...change.covers] } : t));
      return;
    }
    case 'forces': {
      const actor = state.actors[change.actor];
      const f = actor.forces[change.region] ?? fullForces(undefined);
      for (const [k, v] of Object.entries(change.forces)) {
        const t = k as keyof typeof f;
        f[t] = Math.max(0, f[t] + (v ?? 0));
      }
      actor.forces[change.region] = f;
      return;
    }
    case 'remove-event':
      state.events = state.events.filter((e) => e.id !== change.event);
      state.deck = state.deck.filter((e) => e.id !== change.event);
      state.pendingEvents = state.pendingEvents.filter((id) => id !== change.event);
      return;
    case 'doctrine': {
      const actor = state.actors[change.actor];
      state.actors[change.actor] = {
        ...actor,
        doctrine: {
          ...actor.doctrine,
          aggression: change.aggression ?? actor.doctrine.aggression,
          risk: change.risk ?? actor.doctrine.risk,
          mediator: change.mediator ?? actor.doctrine.mediator,
        },
      };
      return;
    }
    case 'broker':
      state.roles = { ...state.roles, broker: change.actor };
      return;
    case 'transit-delay':
      state.rules = { ...state.rules, transit: { ...state.rules.transit, closedDelay: change.closedDelay } };
      return;
    case 'income': {
      const actor = state.actors[change.actor];
      state.actors[change.actor] = { ...actor, income: Math.max(0, actor.income + change.delta) };
      return;
    }
    default: {
      const never: never = change;
      throw new Error(`bug: unknown variant change ${JSON.stringify(never)}`);
    }
  }
}

/** A new game: the scenario's opening position, seeded. The scenario must already be validated. */
export function newGame(scenario: Scenario, seed: string, options: NewGameOptions = {}): Result<{ state: GameState }> {
  const variantId = options.variant ?? null;
  const variant = variantId === null ? null : scenario.variants.find((v) => v.id === variantId);
  if (variantId !== null && !variant) {
    const known = scenario.variants.map((v) => v.id).join(', ') || 'none';
    return { ok: false, code: 'ERR_UNKNOWN_VARIANT', message: `Scenario ${scenario.id} has no variant "${variantId}" (it has: ${known}).` };
  }
  const actorOrder = scenario.actors.map((a) => a.id).sort();
  const regionOrder = scenario.regions.map((r) => r.id).sort();
  const actors: Record<ActorId, Actor> = {};
  for (const a of scenario.actors) {
    const influence: Record<ActorId, number> = {};
    const relations: Record<ActorId, number> = {};
    for (const other of actorOrder) {
      if (other === a.id) continue;
      influence[other] = a.influence[other] ?? 0;
      relations[other] = a.relations[other] ?? 0;
    }
    const forces: Actor['forces'] = keyed();
    for (const r of Object.keys(a.forces).sort()) forces[r] = fullForces(a.forces[r]);
    actors[a.id] = {
      id: a.id,
      name: a.name,
      playable: a.playable,
      background: a.background,
      commandedBy: a.commandedBy,
      treasury: a.treasury,
      income: a.income,
      domesticSupport: a.domesticSupport,
      legitimacy: a.legitimacy,
      influence,
      relations,
      casualties: { military: 0, civilian: 0 },
      displaced: 0,
      forces,
      reserves: a.reserves,
      actionPoints: a.actionPoints,
      aims: a.aims,
      doctrine: a.doctrine,
      embargoedBy: [],
      breaches: 0,
      collapsed: false,
    };
  }
  const regions: Record<string, Region> = {};
  for (const r of scenario.regions) {
    regions[r.id] = { ...r, capturedTurn: -1 };
  }
  let nextId = 1;
  const treaties: Treaty[] = scenario.treaties.map((t) => ({
    id: t.id,
    kind: t.kind,
    parties: [...t.parties].sort(),
    since: 0,
    expires: t.expires,
    renewable: t.renewable,
    text: t.text,
    covers: t.covers,
    beneficiary: t.beneficiary,
    breachedBy: [],
  }));
  const links: ProxyLink[] = scenario.links.map((l) => ({
    id: `link-${nextId++}`,
    patron: l.patron,
    client: l.client,
    package: l.package,
    covert: l.covert,
    since: 0,
    deliverTurn: 0,
    until: l.turns === null ? null : l.turns - 1,
    // Ties in place at the start: their forces are already in the scenario's order of battle.
    delivered: 1,
    exposed: false,
    active: true,
  }));
  const state: GameState = {
    format: 'karabakh-state',
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    scenarioHash: hashData(scenario),
    variant: variantId,
    seed,
    calendar: scenario.calendar,
    turn: 0,
    rng: seedRng(`${scenario.id}|${variantId ?? ''}|${seed}`),
    actors,
    actorOrder,
    regions,
    regionOrder,
    treaties,
    handovers: [],
    links,
    proposals: [],
    wars: scenario.wars.map((w) => {
      const [a, b] = [w.a, w.b].sort();
      return { a, b, since: 0 };
    }),
    tension: scenario.tension,
    pendingEvents: scenario.events.map((e) => e.id),
    thirdParties: {},
    allianceCallTurn: null,
    treatyNotices: [],
    nextId,
    rules: mergeRules(scenario.rules),
    roles: scenario.roles,
    events: [...scenario.events],
    deck: [...scenario.deck],
    drawn: [],
    forbidden: [],
    history: [],
    ended: null,
  };
  if (variant) for (const c of variant.changes) applyVariant(state, c);
  // Frozen like every state immer produces: nothing can change it behind the hash's back.
  return { ok: true, state: freeze(state, true) };
}


/**
 * The same position with its dice seeded afresh: where one continuation of a game starts. The
 * odds of a week play the position on many times, each continuation with its own seed, so that
 * the games differ only by chance and by what the actors choose in answer to it.
 */
export function reseeded(state: GameState, seed: string): GameState {
  return freeze({ ...state, seed, rng: seedRng(`${state.scenarioId}|${state.variant ?? ''}|${seed}`) });
}
