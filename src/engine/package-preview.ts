// What a support package would do before it is sent: what the client gets, when it arrives, and
// what it risks for the patron (exposure if covert, legitimacy and tension if overt). The support
// phase applies the same rules (exposureChance is its roll's threshold).
import { supportDelay, type SupportDelay } from './routes';
import { atWar } from './sides';
import type { ActorId, Forces, GameState, PackageKind, Rules } from './types';

/** Chance in 100, each turn, that a covert package of this kind and size is exposed. */
export function exposureChance(rules: Rules, pkg: PackageKind, size = 1): number {
  return Math.floor((rules.exposurePct * (100 - rules.support[pkg].deniability)) / 100) + (size - 1) * rules.patronage.exposurePerExtraSize;
}

export interface PackagePreview {
  readonly patron: ActorId;
  readonly client: ActorId;
  readonly package: PackageKind;
  readonly covert: boolean;
  /** Forces added to the client's strongest front region on delivery. */
  readonly forces: Partial<Forces>;
  /** Money the client receives on delivery. */
  readonly money: number;
  /** Combat modifier while active (advisers, intelligence), or legitimacy the client gains (diplomatic cover). */
  readonly modifier: number;
  /** Influence the patron gains over the client on delivery. */
  readonly influence: number;
  /** What it costs to send (treasury). */
  readonly cost: number;
  readonly arrival: SupportDelay;
  /** Turns its modifier counts after delivery. */
  readonly activeTurns: number;
  /** Covert only: chance in 100 each turn of exposure, and what exposure costs. */
  readonly exposure: { readonly chancePct: number; readonly legitimacy: number; readonly relations: number; readonly with: readonly ActorId[]; readonly tension: number } | null;
  /** Overt only: legitimacy lost at once, and tension added (a rival arming a belligerent). */
  readonly overt: { readonly legitimacy: number; readonly tension: number } | null;
}

/** A package of `size` (1-3) multiplies what it brings and costs, as the support phase does. */
export function packagePreview(state: GameState, patron: ActorId, client: ActorId, pkg: PackageKind, covert: boolean, size = 1): PackagePreview {
  const rules = state.rules;
  const rule = rules.support[pkg];
  const rival = state.roles.rivals.includes(patron);
  const enemies = state.actorOrder.filter((e) => atWar(state, client, e));
  return {
    patron,
    client,
    package: pkg,
    covert,
    forces: Object.fromEntries(Object.entries(rule.forces).map(([t, n]) => [t, (n ?? 0) * size])),
    money: rule.money * size,
    modifier: pkg === 'diplomatic-cover' ? rule.modifier * size : rule.modifier,
    influence: rule.influence * size,
    cost: rule.cost * size,
    arrival: supportDelay(state, patron, client, pkg),
    activeTurns: pkg === 'advisers' || pkg === 'intelligence' ? rules.patronage.activeTurns * size : rules.patronage.activeTurns,
    exposure: covert
      ? { chancePct: exposureChance(rules, pkg, size), legitimacy: rules.exposureLegitimacy, relations: rules.relationShifts.covertExposed, with: enemies, tension: rival ? rules.tensionShifts.covertExposed : 0 }
      : null,
    overt: covert ? null : { legitimacy: rule.overtLegitimacy * size, tension: rival && enemies.length > 0 ? rules.tensionPerOvertPackage : 0 },
  };
}
