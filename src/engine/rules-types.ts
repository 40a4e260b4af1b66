// The rules' numbers, by part of the turn: combat, supply, support packages, third parties' reactions.
import type { PackageKind } from './diplomacy-types';
import type { OrderKind } from './order-types';
import type { ActorId, Forces, Terrain } from './types';

/** The rules' numbers: one named table, read from the scenario. */
export interface Rules {
  readonly orderCost: Record<OrderKind, { readonly ap: number; readonly money: number }>;
  readonly combat: {
    readonly baseThreshold: number;
    readonly terrainDefence: Record<Terrain, number>;
    readonly strengthRatioStep: number;
    readonly maxRatioBonus: number;
    readonly artilleryPerPoint: number;
    readonly specialForcesMountain: number;
    readonly outOfSupply: number;
    readonly moraleStep: number;
    readonly ceasefirePenalty: number;
    readonly attackerLossPct: number;
    readonly defenderLossPct: number;
    readonly winnerLossPct: number;
    readonly casualtiesPerPoint: number;
    /** The artillery modifier's limit, either way. */
    readonly artilleryMax: number;
    /** The mountain special-forces modifier's limit, either way. */
    readonly specialForcesMax: number;
    /** The attack threshold is kept within these: no attack is certain, none hopeless. */
    readonly minThreshold: number;
    readonly maxThreshold: number;
    /**
     * Numbers, guns and ground alone raise the threshold no higher than this; only drones that won
     * their duel carry an attack beyond it, up to maxThreshold.
     */
    readonly groundMaxThreshold: number;
    /** A guarantor's peacekeeping point counts this much ground strength in the defence of the region it stands in. */
    readonly peacekeeperStrength: number;
  };
  readonly drones: {
    /** Percent chance per drone point to kill a target point when unopposed. */
    readonly killPct: number;
    /** Air defence points needed per drone point to hold drones off. */
    readonly adPerDrone: number;
    /** Percent of drones lost per air-defence point facing them. */
    readonly lossPctPerAd: number;
    /** The drones' chance to win a duel when drones × adPerDrone equals the air defence. */
    readonly duelEven: number;
    /** Added to that chance per point of edge (drones × adPerDrone − air defence). */
    readonly duelPerEdge: number;
    /** The duel's chance is kept within these (against any air defence at all). */
    readonly duelMin: number;
    readonly duelMax: number;
    /**
     * The attack modifier of n drones that won their duel, with diminishing returns:
     * bonusBase + ⌊bonusMax × n / (n + bonusHalf)⌋, added beyond the ground threshold's cap.
     */
    readonly bonusBase: number;
    readonly bonusMax: number;
    /** The number of drones that gives half of bonusMax (and half of lossCutMax). */
    readonly bonusHalf: number;
    /** Drones that won their duel cut the attacker's losses by ⌊lossCutMax × n / (n + bonusHalf)⌋ percent. */
    readonly lossCutMax: number;
    /** Drones that win their duel suffer this percent of the losses of drones that lose it. */
    readonly wonLossPct: number;
    /** Drones that lose their duel still destroy one armour per this many drones. */
    readonly dronesPerArmour: number;
  };
  readonly strike: {
    readonly cityCivilianDeaths: number;
    readonly legitimacyCost: number;
    readonly clusterLegitimacyCost: number;
    /** An artillery strike hits on d100 ≤ artilleryHitBase + artilleryHitPerPoint × min(artillery, artilleryHitPointsMax). */
    readonly artilleryHitBase: number;
    readonly artilleryHitPerPoint: number;
    readonly artilleryHitPointsMax: number;
    /** A hit on forces destroys one artillery and one infantry per this many artillery points (at least one of each). */
    readonly artilleryPointsPerKill: number;
    /** A strike on a town kills one more civilian per this many inhabitants. */
    readonly populationPerDeath: number;
    /** Domestic support the struck town's holder gains, rallying. */
    readonly rallySupport: number;
  };
  readonly support: Record<PackageKind, PackageRule>;
  readonly exposurePct: number;
  readonly exposureLegitimacy: number;
  readonly mobiliseCostPerPoint: number;
  readonly supportLossPerCasualties: number;
  readonly supportPerRegionLost: number;
  readonly supportPerRegionGained: number;
  readonly displacedPerPopulationPct: number;
  readonly breachLegitimacy: number;
  readonly breachRelations: number;
  readonly tensionPerOvertPackage: number;
  readonly tensionLimit: number;
  readonly influencePerPackage: number;
  /** Chance per turn that a card is drawn from the random-event deck. */
  readonly deckDrawPct: number;
  readonly reactions: ReactionRules;
  readonly transit: TransitRules;
  /** How events move the tension track (signed). */
  readonly tensionShifts: {
    /** A guarantor enters the war under its defence treaty. */
    readonly guarantorEntersWar: number;
    /** A week with no attack or strike, the rivals not at war with each other. */
    readonly quietWeek: number;
    readonly ceasefire: number;
    readonly settlement: number;
    readonly summit: number;
    /** The alliance's call for calm. */
    readonly allianceCall: number;
    /** A patron's foreign fighters are exposed. */
    readonly fightersExposed: number;
    /** A rival's covert package is exposed. */
    readonly covertExposed: number;
  };
  /** How events move relations (signed), on both sides. */
  readonly relationShifts: {
    /** A statement of support, and of condemnation, between its maker and its subject. */
    readonly supportStatement: number;
    readonly condemnStatement: number;
    readonly sanction: number;
    readonly recognition: number;
    /** An addressee that rejects a proposal, with its sender. */
    readonly proposalRejected: number;
    /** Between every two parties of a summit. */
    readonly summit: number;
    /** A critic with an actor that struck towns. */
    readonly strikesOnTowns: number;
    /** A component maker with the patron whose exports it suspends. */
    readonly exportSuspension: number;
    /** The alliance with the member it calls on. */
    readonly allianceCall: number;
    /** A neighbour with an actor whose fire crossed its border red line. */
    readonly borderFire: number;
    /** A fighter critic with the patron whose foreign fighters were exposed. */
    readonly foreignFighters: number;
    /** An exposed patron with each enemy of its client. */
    readonly covertExposed: number;
    /** A ceasefire breaker with each monitor of that ceasefire. */
    readonly monitoredBreach: number;
    /** A breaker of a settlement with its guarantor (the actor whose peacekeepers it binds). */
    readonly guarantorOfBreach: number;
  };
  readonly standing: {
    /** Legitimacy a condemnation costs (by a critic, or a condemning statement), unless diplomatic cover blunts it. */
    readonly condemnation: number;
    /** Legitimacy each rival loses every week the tension stands at its limit or past it. */
    readonly tensionLimitLegitimacy: number;
    /** A mediator outside the war gains this legitimacy when a ceasefire, settlement or mediation it brokered is enacted... */
    readonly brokerLegitimacy: number;
    /** ...and this influence over each belligerent. */
    readonly brokerInfluence: number;
    /** Domestic support moves one more point per this much of a lost or taken region's value. */
    readonly regionValuePerSupport: number;
    /** A government whose support reaches 0 falls; the new one starts with this support (below the computer's line of distress: willing to settle)... */
    readonly newGovernmentSupport: number;
    /** ...and the country loses this legitimacy in the upheaval. */
    readonly governmentFallLegitimacy: number;
  };
  readonly economy: {
    /** A belligerent pays one treasury point of upkeep per this much strength. */
    readonly strengthPerUpkeep: number;
    /** An actor whose pipeline region another holds loses its income divided by this. */
    readonly pipelineLossDivisor: number;
  };
  readonly diplomacy: {
    /** A proposal not answered by all lapses this many turns after it was made. */
    readonly proposalLifetime: number;
    /** A mediation treaty runs this many turns. */
    readonly mediationTurns: number;
    /** A renewable peacekeeping mandate renews for this many years. */
    readonly renewalYears: number;
    /** A settlement's monitoring centre runs this many years. */
    readonly monitoringCentreYears: number;
  };
  readonly patronage: {
    /** A package's link stays active (its modifier counts) this many turns after it delivers. */
    readonly activeTurns: number;
    /** When one rival supplies a client, the other loses this percent of the package's influence over it. */
    readonly rivalInfluencePct: number;
    /** A patron that has delivered nothing to a client at war for this many turns is neglecting it... */
    readonly neglectTurns: number;
    /** ...and loses this much influence over it each such turn. */
    readonly neglectInfluence: number;
    /** Influence a patron loses over a client when it withdraws a package. */
    readonly withdrawInfluence: number;
    /** Each package of size above 1 adds this to a covert link's exposure chance (percentage points). */
    readonly exposurePerExtraSize: number;
    /** A client defers to its patron's wish (a conditional package) when the patron's influence over it is at least this. */
    readonly swayInfluence: number;
    /** A seller's legitimacy cost for an arms deal with a belligerent, as a percent of the package's overt cost (at least 1). */
    readonly saleLegitimacyPct: number;
    /** A sold package brings this percent of a gift's influence over the buyer. */
    readonly saleInfluencePct: number;
    /** A sale to a belligerent shifts the seller's relations with the rival patron and the critics by this. */
    readonly saleRelations: number;
  };
}

/**
 * Supply routes that cross a third country. A package from `patron` to `client` travels through
 * one of `via`; when every one of them has closed its routes to military cargo (and the patron
 * holds no transit treaty with it, nor a base in the client's territory), it arrives
 * `closedDelay` turns late.
 */
export interface TransitRules {
  readonly closedDelay: number;
  readonly routes: readonly SupplyRoute[];
}

export interface SupplyRoute {
  readonly patron: ActorId;
  readonly client: ActorId;
  readonly via: readonly ActorId[];
}

/** The numbers of the third parties' rule-driven reactions. */
export interface ReactionRules {
  /** Tension at which the alliance (roles.alliance) calls on its member to calm things. */
  readonly allianceTension: number;
  /** Chance per turn that an incident breaks a ceasefire in force. */
  readonly ceasefireIncidentPct: number;
  /** The alliance calls at most once in this many turns. */
  readonly allianceCallEvery: number;
  /** What a neighbour moves to its border once the incidents there reach its tolerance. */
  readonly borderReinforcement: Partial<Forces>;
  /** A background arms seller delivers every this many turns. */
  readonly saleEvery: number;
  readonly salePrice: number;
  /** The most border incidents a neighbour tolerates (its real tolerance is rolled once, 1..this). */
  readonly borderToleranceMax: number;
  /** Chance a background state keeps its routes open when first asked. */
  readonly transitOpenPct: number;
}

export interface PackageRule {
  readonly cost: number;
  readonly delay: number;
  /** Forces added to the client's strongest front region, or 0. */
  readonly forces: Partial<Forces>;
  /** Money transferred to the client. */
  readonly money: number;
  /** Advisers, intelligence: the combat modifier the client gains while the link is active.
   *  Diplomatic cover: the legitimacy the client gains on delivery (condemnations then cost it nothing). */
  readonly modifier: number;
  readonly influence: number;
  /** 0-100: chance per turn a covert package escapes exposure is 100 - exposurePct*(100-deniability)/100. */
  readonly deniability: number;
  readonly overtLegitimacy: number;
}
