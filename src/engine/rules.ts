// The rules' numbers in one named table. A scenario may override any section.
import type { Rules } from './types';

export const DEFAULT_RULES: Rules = {
  orderCost: {
    move: { ap: 1, money: 1 },
    attack: { ap: 2, money: 4 },
    strike: { ap: 1, money: 2 },
    hold: { ap: 0, money: 0 },
    mobilise: { ap: 1, money: 0 },
    propose: { ap: 1, money: 0 },
    answer: { ap: 0, money: 0 },
    support: { ap: 1, money: 0 },
    withdraw: { ap: 1, money: 0 },
  },
  combat: {
    baseThreshold: 45,
    terrainDefence: { mountain: -20, foothills: -10, lowland: 0, urban: -12 },
    strengthRatioStep: 4,
    maxRatioBonus: 30,
    artilleryPerPoint: 2,
    specialForcesMountain: 4,
    outOfSupply: -10,
    moraleStep: 5,
    ceasefirePenalty: -10,
    attackerLossPct: 25,
    defenderLossPct: 35,
    winnerLossPct: 10,
    casualtiesPerPoint: 40,
    artilleryMax: 10,
    specialForcesMax: 12,
    minThreshold: 5,
    maxThreshold: 95,
    groundMaxThreshold: 60,
    peacekeeperStrength: 2,
  },
  drones: {
    killPct: 50,
    adPerDrone: 2,
    lossPctPerAd: 8,
    duelEven: 50,
    duelPerEdge: 6,
    duelMin: 10,
    duelMax: 90,
    bonusBase: 10,
    bonusMax: 30,
    bonusHalf: 2,
    lossCutMax: 80,
    wonLossPct: 50,
    dronesPerArmour: 4,
  },
  strike: {
    cityCivilianDeaths: 12,
    legitimacyCost: 4,
    clusterLegitimacyCost: 6,
    artilleryHitBase: 40,
    artilleryHitPerPoint: 3,
    artilleryHitPointsMax: 10,
    artilleryPointsPerKill: 3,
    populationPerDeath: 100000,
    rallySupport: 2,
  },
  support: {
    arms: { cost: 6, delay: 1, forces: { armour: 1, artillery: 1 }, money: 0, modifier: 0, influence: 4, deniability: 0, overtLegitimacy: 0 },
    drones: { cost: 8, delay: 1, forces: { drones: 2 }, money: 0, modifier: 0, influence: 6, deniability: 20, overtLegitimacy: 1 },
    advisers: { cost: 4, delay: 1, forces: {}, money: 0, modifier: 5, influence: 5, deniability: 60, overtLegitimacy: 1 },
    'special-forces': { cost: 6, delay: 1, forces: { specialForces: 1 }, money: 0, modifier: 0, influence: 5, deniability: 50, overtLegitimacy: 2 },
    mercenaries: { cost: 4, delay: 1, forces: { mercenaries: 2 }, money: 0, modifier: 0, influence: 3, deniability: 50, overtLegitimacy: 6 },
    intelligence: { cost: 3, delay: 0, forces: {}, money: 0, modifier: 5, influence: 3, deniability: 80, overtLegitimacy: 0 },
    money: { cost: 10, delay: 0, forces: {}, money: 8, modifier: 0, influence: 4, deniability: 40, overtLegitimacy: 0 },
    'diplomatic-cover': { cost: 2, delay: 0, forces: {}, money: 0, modifier: 3, influence: 3, deniability: 0, overtLegitimacy: 1 },
  },
  exposurePct: 20,
  exposureLegitimacy: 6,
  mobiliseCostPerPoint: 2,
  supportLossPerCasualties: 300,
  supportPerRegionLost: 5,
  supportPerRegionGained: 3,
  displacedPerPopulationPct: 60,
  breachLegitimacy: 4,
  breachRelations: 10,
  tensionPerOvertPackage: 2,
  tensionLimit: 80,
  influencePerPackage: 4,
  deckDrawPct: 60,
  reactions: {
    allianceTension: 50,
    allianceCallEvery: 6,
    borderReinforcement: { infantry: 2, airDefence: 1 },
    ceasefireIncidentPct: 45,
    saleEvery: 2,
    salePrice: 4,
    borderToleranceMax: 3,
    transitOpenPct: 30,
  },
  transit: {
    closedDelay: 1,
    routes: [],
  },
  tensionShifts: {
    guarantorEntersWar: 15,
    quietWeek: -1,
    ceasefire: -3,
    settlement: -5,
    summit: -2,
    allianceCall: -2,
    fightersExposed: 5,
    covertExposed: 4,
  },
  relationShifts: {
    supportStatement: 5,
    condemnStatement: -8,
    sanction: -10,
    recognition: 15,
    proposalRejected: -2,
    summit: 3,
    strikesOnTowns: -4,
    exportSuspension: -8,
    allianceCall: -3,
    borderFire: -5,
    foreignFighters: -8,
    covertExposed: -5,
    monitoredBreach: -5,
    guarantorOfBreach: -20,
  },
  standing: {
    condemnation: 1,
    tensionLimitLegitimacy: 3,
    brokerLegitimacy: 3,
    brokerInfluence: 5,
    regionValuePerSupport: 4,
    newGovernmentSupport: 30,
    governmentFallLegitimacy: 5,
  },
  economy: {
    strengthPerUpkeep: 25,
    pipelineLossDivisor: 3,
  },
  diplomacy: {
    proposalLifetime: 2,
    mediationTurns: 4,
    renewalYears: 5,
    monitoringCentreYears: 1,
  },
  patronage: {
    activeTurns: 3,
    rivalInfluencePct: 50,
    neglectTurns: 2,
    neglectInfluence: 2,
    withdrawInfluence: 3,
    exposurePerExtraSize: 4,
    swayInfluence: 60,
    saleLegitimacyPct: 50,
    saleInfluencePct: 50,
    saleRelations: -3,
  },
};

/** A closed range of whole numbers. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/**
 * What an order may say: the engine refuses any number outside these ranges, and any longer
 * list or text, before it looks at the state. Lists of actor or region ids are bounded by the
 * scenario itself (no list of distinct ids is longer than its actors or its regions).
 */
export const ORDER_LIMITS = {
  /** Orders from one actor in one turn: far above a legal turn (6 action points at most in the
   *  shipped scenarios; holds and answers cost none, but there is one hold per region and one
   *  answer per pending proposal that makes sense). */
  ordersPerActor: 100,
  /** Characters in an id (actor, region, proposal): the shipped ids have at most 20. */
  idLength: 64,
  /** Strength of one force type in an order: far above any force a scenario fields (14 in a
   *  region, 40 in reserve in the shipped ones); the forces at hand bound it exactly. */
  strength: { min: 0, max: 9999 },
  /** Reserve points one mobilise order raises. */
  mobilise: { min: 1, max: 4 },
  /** A ceasefire's length, in turns. */
  ceasefireTurns: { min: 1, max: 12 },
  /** Transit or basing rights' length, in turns (a year of weeks). */
  rightsTurns: { min: 1, max: 52 },
  /** A transfer's delay after the settlement takes effect, in turns. */
  afterTurns: { min: 0, max: 12 },
  /** Peacekeepers a settlement deploys, and for how many years. */
  peacekeeperStrength: { min: 1, max: 20 },
  peacekeeperYears: { min: 1, max: 25 },
  /** How many packages' worth one support order sends at once. */
  packageSize: { min: 1, max: 3 },
  /** An arms deal's price (treasury points) and delay (turns). */
  price: { min: 0, max: 100 },
  delay: { min: 0, max: 8 },
  /** Characters in a summit's agenda. */
  agendaLength: 200,
  /** Characters in the reason a computer actor gives with its answer (shown in the log). */
  reasonLength: 300,
} as const satisfies Record<string, number | Range>;
