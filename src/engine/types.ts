// The game's data model. Everything here is plain JSON: integers, strings, arrays and
// records with ids as keys. No classes, no Maps, no floats, so a state can be hashed,
// saved, loaded and replayed byte for byte in Node and in a browser.

export type ActorId = string;
export type RegionId = string;

export const FORCE_TYPES = [
  'infantry',
  'armour',
  'artillery',
  'airDefence',
  'drones',
  'specialForces',
  'mercenaries',
  'peacekeepers',
] as const;
export type ForceType = (typeof FORCE_TYPES)[number];
export type Forces = Record<ForceType, number>;

export const TERRAINS = ['mountain', 'foothills', 'lowland', 'urban'] as const;
export type Terrain = (typeof TERRAINS)[number];

export const INFRASTRUCTURE = ['capital', 'pipeline', 'base', 'radar', 'corridor', 'border-crossing', 'airbase'] as const;
export type Infrastructure = (typeof INFRASTRUCTURE)[number];

/** Which legal zone a region belongs to: the treaty logic turns on it. */
export const ZONES = ['nkao', 'district', 'azerbaijan', 'armenia', 'iran'] as const;
export type Zone = (typeof ZONES)[number];

export interface Region {
  readonly id: RegionId;
  readonly name: string;
  /** Latitude and longitude in hundredths of a degree (39.82 -> 3982). */
  readonly lat: number;
  readonly lon: number;
  readonly terrain: Terrain;
  readonly zone: Zone;
  /** Whose territory it is in international law (used for treaty triggers). */
  readonly sovereign: ActorId;
  readonly population: number;
  readonly infrastructure: readonly Infrastructure[];
  readonly value: number;
  readonly neighbours: readonly RegionId[];
  controller: ActorId | null;
  /** Turn on which the controller last changed (-1: at the start). */
  capturedTurn: number;
}

export type Casualties = { military: number; civilian: number };

/** A patron's backing of one client, by doctrine (the computer patron's budget and habits). */
export interface Patronage {
  readonly client: ActorId;
  /** 0-100: the share of treasury and income the patron spends on this client, and the chance it sends each package. */
  readonly generosity: number;
  readonly packages: readonly PackageKind[];
  readonly covert: boolean;
  /**
   * Before the client's war: only these packages, and one at most every `every` weeks (counted
   * from the last one due to it). Without it the patron sends a third of its wartime budget.
   */
  readonly prewar?: { readonly packages: readonly PackageKind[]; readonly every: number };
}

export interface Doctrine {
  /** 0-100: how readily the actor attacks. */
  readonly aggression: number;
  /** 0-100: how much risk of loss the actor accepts. */
  readonly risk: number;
  /** Regions the actor wants above all, in order. */
  readonly priorities: readonly RegionId[];
  /** Conditions that, if crossed, the actor answers strongly. */
  readonly redLines: readonly RedLine[];
  /** Clients this actor backs, and how generously (0-100). */
  readonly patronOf: readonly Patronage[];
  /** Regions the actor will never accept handing over in a settlement. */
  readonly wontCede: readonly RegionId[];
  /** Casualties above which the actor seeks a ceasefire. */
  readonly warWeariness: number;
  /** True for actors that mediate rather than fight. */
  readonly mediator: boolean;
}

export type RedLine =
  | { readonly kind: 'attack-on-zone'; readonly zone: Zone; readonly sovereign?: ActorId }
  | { readonly kind: 'foreign-fighters-near'; readonly regions: readonly RegionId[] }
  | { readonly kind: 'fire-on-border'; readonly regions: readonly RegionId[] };

export type AimCondition =
  | { readonly kind: 'controls'; readonly region: RegionId }
  | { readonly kind: 'not-controlled-by'; readonly region: RegionId; readonly actor: ActorId }
  /** Another actor (e.g. a patron's client) holds the region at the end. */
  | { readonly kind: 'region-held-by'; readonly region: RegionId; readonly actor: ActorId }
  | { readonly kind: 'treaty'; readonly treaty: TreatyKind; readonly with?: ActorId }
  | { readonly kind: 'peacekeepers'; readonly actor: ActorId; readonly minStrength?: number }
  | { readonly kind: 'monitor-seat'; readonly actor: ActorId }
  | { readonly kind: 'legitimacy-at-least'; readonly value: number }
  | { readonly kind: 'support-at-least'; readonly value: number }
  | { readonly kind: 'casualties-at-most'; readonly value: number }
  | { readonly kind: 'influence-at-least'; readonly over: ActorId; readonly value: number }
  | { readonly kind: 'no-war-on-zone'; readonly zone: Zone };

export interface Aim {
  readonly id: string;
  readonly text: string;
  readonly points: number;
  readonly condition: AimCondition;
}

export interface Actor {
  readonly id: ActorId;
  readonly name: string;
  readonly playable: boolean;
  /** Background actors react by rule and never give orders. */
  readonly background: boolean;
  /** Another actor that gives this one's orders (Armenia commands the Artsakh forces), or null. */
  readonly commandedBy: ActorId | null;
  treasury: number;
  readonly income: number;
  domesticSupport: number;
  legitimacy: number;
  /** Influence over each other actor, 0-100. */
  influence: Record<ActorId, number>;
  /** Relations with each other actor, -100..100. */
  relations: Record<ActorId, number>;
  casualties: Casualties;
  displaced: number;
  /** Forces by region (only regions where the actor has some). */
  forces: Record<RegionId, Forces>;
  /** Reserve pool that `mobilise` draws from. */
  reserves: number;
  readonly actionPoints: number;
  readonly aims: readonly Aim[];
  readonly doctrine: Doctrine;
  /** Actors that have suspended exports of components to this one. */
  embargoedBy: ActorId[];
  /** Turns on which the actor broke a commitment (for credibility). */
  breaches: number;
  collapsed: boolean;
}

export const TREATY_KINDS = [
  'defence',
  'ceasefire',
  'settlement',
  'arms-deal',
  'transit',
  'basing',
  'monitoring-centre',
  'peacekeeping',
  'sanction',
  'recognition',
  'mediation',
] as const;
export type TreatyKind = (typeof TREATY_KINDS)[number];

export interface Treaty {
  readonly id: string;
  readonly kind: TreatyKind;
  readonly parties: readonly ActorId[];
  readonly since: number;
  /** Last turn in force; null for open-ended. */
  expires: number | null;
  readonly renewable: boolean;
  readonly text: string;
  /** For a defence treaty: the zones whose attack triggers it. */
  readonly covers?: readonly Zone[];
  /** Who is protected (defence) or monitors (ceasefire, monitoring centre). */
  readonly beneficiary?: ActorId;
  readonly monitors?: readonly ActorId[];
  readonly terms?: ProposalTerms;
  breachedBy: ActorId[];
}

export const PACKAGE_KINDS = [
  'arms',
  'drones',
  'advisers',
  'special-forces',
  'mercenaries',
  'intelligence',
  'money',
  'diplomatic-cover',
] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

export interface ProxyLink {
  readonly id: string;
  readonly patron: ActorId;
  readonly client: ActorId;
  readonly package: PackageKind;
  readonly covert: boolean;
  readonly since: number;
  /** Turn on which it delivers. */
  readonly deliverTurn: number;
  /** Last turn it delivers; null while it continues. */
  until: number | null;
  delivered: number;
  exposed: boolean;
  active: boolean;
  /** How many packages' worth it carries (1 for a scenario's ties, an arms deal and the default). */
  readonly size?: number;
  /** Delivered only if the client answers this proposal so; withdrawn (the patron refunded) otherwise. */
  readonly condition?: SupportCondition;
  /** Ended early on this turn: withdrawn by its patron, or its condition not met. */
  withdrawn?: number;
  /** Sold under an arms deal (the buyer paid), not given. */
  readonly sold?: boolean;
  /** The turn it delivered (a conditional package may arrive after its deliverTurn). */
  deliveredTurn?: number;
}

/**
 * "Drones if you refuse the ceasefire": the client's answer that releases a package, to one
 * pending proposal (by id), or to the first proposal of a kind it answers while the package waits.
 */
export type SupportCondition =
  | { readonly proposal: string; readonly answer: 'accept' | 'reject' }
  | { readonly terms: ConditionTerms; readonly answer: 'accept' | 'reject' };

/** The kinds of proposal a conditional package may wait on. */
export const CONDITION_TERMS = ['ceasefire', 'settlement'] as const;
export type ConditionTerms = (typeof CONDITION_TERMS)[number];

export interface Transfer {
  readonly region: RegionId;
  readonly to: ActorId;
  /** Turns after the settlement takes effect. */
  readonly afterTurns: number;
}

export type ProposalTerms =
  | { readonly kind: 'ceasefire'; readonly turns: number; readonly monitors: readonly ActorId[] }
  | {
      readonly kind: 'settlement';
      readonly transfers: readonly Transfer[];
      readonly corridors: readonly RegionId[];
      readonly peacekeepers: { readonly actor: ActorId; readonly strength: number; readonly years: number; readonly renewable: boolean } | null;
      readonly monitoringCentre: readonly ActorId[];
      readonly displacedReturn: boolean;
      readonly prisonerExchange: boolean;
    }
  | { readonly kind: 'arms-deal'; readonly seller: ActorId; readonly buyer: ActorId; readonly package: PackageKind; readonly price: number; readonly delay: number }
  | { readonly kind: 'transit'; readonly grantor: ActorId; readonly user: ActorId; readonly turns: number }
  | { readonly kind: 'basing'; readonly host: ActorId; readonly guest: ActorId; readonly region: RegionId; readonly turns: number }
  | { readonly kind: 'mediation'; readonly mediator: ActorId }
  | { readonly kind: 'summit'; readonly agenda: string }
  | { readonly kind: 'statement'; readonly stance: 'support' | 'condemn' | 'call-for-calm'; readonly about: ActorId }
  | { readonly kind: 'sanction'; readonly target: ActorId; readonly exports: boolean }
  | { readonly kind: 'recognition'; readonly of: ActorId };

export type ProposalKind = ProposalTerms['kind'];
export type Answer = 'accept' | 'reject' | 'counter';

export interface Proposal {
  readonly id: string;
  readonly from: ActorId;
  readonly to: readonly ActorId[];
  readonly turn: number;
  readonly terms: ProposalTerms;
  answers: Record<ActorId, Answer>;
  status: 'pending' | 'accepted' | 'rejected' | 'countered' | 'expired';
  readonly counterTo?: string;
}

export interface Calendar {
  /** ISO date of turn 0, e.g. '2020-09-27'. */
  readonly start: string;
  readonly daysPerTurn: number;
  readonly turns: number;
  /** 'handover': a settlement ends the game once its handovers are done; 'calendar': play on to the end. */
  readonly settlementEnds: 'handover' | 'calendar';
}

/** The xor128 generator's state: four 32-bit integers. */
export interface RngState {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly w: number;
}

/**
 * The parts the scenario's actors play in the rules. Rules read these, never actor ids. (A
 * defence treaty's guarantors are its parties other than its beneficiary; mediators are marked
 * in each actor's doctrine.)
 */
export interface Roles {
  /** The two patrons whose contest the tension track measures: their overt and exposed packages raise it, both lose legitimacy while it stands at its limit, and each loses influence over a client the other supplies. */
  readonly rivals: readonly [ActorId, ActorId];
  /** The power that brokers an end to the fighting: named when an event stops it; the computer actors offer its peacekeepers and monitors. */
  readonly broker: ActorId;
  /** Who condemns strikes on populated places, in this order. */
  readonly critics: readonly ActorId[];
  /** An alliance that calls on one of its members to calm things when tension runs high; null for none. */
  readonly alliance: { readonly actor: ActorId; readonly member: ActorId } | null;
  /** Who protests when a patron's foreign fighters are exposed, in this order. */
  readonly fighterCritics: readonly ActorId[];
  /** Countries whose parts may turn up in a downed drone's wreckage, in this order, with the chance for each drone examined. */
  readonly componentMakers: readonly { readonly actor: ActorId; readonly foundPct: number }[];
}

export interface GameState {
  readonly format: 'karabakh-state';
  readonly engineVersion: string;
  readonly scenarioId: string;
  readonly scenarioHash: string;
  readonly variant: string | null;
  readonly seed: string;
  readonly calendar: Calendar;
  /** Turns resolved so far; the next turn to play is `turn`. */
  turn: number;
  rng: RngState;
  actors: Record<ActorId, Actor>;
  /** Sorted actor ids: iterate with this, never with object keys. */
  readonly actorOrder: readonly ActorId[];
  regions: Record<RegionId, Region>;
  readonly regionOrder: readonly RegionId[];
  treaties: Treaty[];
  /** Regions a settlement hands over later, in the order they fall due. */
  handovers: Handover[];
  links: ProxyLink[];
  proposals: Proposal[];
  /** Pairs of actors at war, each pair sorted. */
  wars: War[];
  /** The tension between the two rival patrons (roles.rivals), 0-100. */
  tension: number;
  /** Scheduled events not yet fired or discarded. */
  pendingEvents: string[];
  /** What the game has learned of third parties' stances, by actor: an entry appears the first time one is tested. */
  thirdParties: Record<ActorId, ThirdParty>;
  /** The turn the alliance (roles.alliance) last called for calm, or null. */
  allianceCallTurn: number | null;
  /** Defence treaties already noted as not covering a zone fought in: one entry per treaty and zone, in the order noted. */
  treatyNotices: TreatyNotice[];
  /** Counter for ids of treaties, links and proposals. */
  nextId: number;
  rules: Rules;
  roles: Roles;
  events: ScheduledEvent[];
  /** The random-event deck, and the ids of once-only cards already drawn. */
  deck: DeckEvent[];
  drawn: string[];
  /** Packages a variant forbids (e.g. no Turkish drones). */
  forbidden: { readonly patron: ActorId; readonly package: PackageKind }[];
  /** Recorded history for charts and the debrief: one entry per resolved turn. */
  history: TurnSummary[];
  ended: { reason: EndReason; turn: number } | null;
}

/** A third party's stance, each part fixed from the seed the first time it is tested (null: not yet). */
export interface ThirdParty {
  /** Whether it lets military cargo cross its land: rolled when first asked for transit, or closed by an event. */
  routesOpen: boolean | null;
  /** How many incidents of fire on its border it tolerates: rolled at the first incident. */
  tolerance: number | null;
  /** Incidents of fire on its border so far. */
  incidents: number;
  /** The turn it reinforced its border, or null. */
  reinforcedTurn: number | null;
}

export interface TreatyNotice {
  readonly treaty: string;
  readonly zone: Zone;
}

export interface Handover {
  readonly region: RegionId;
  readonly to: ActorId;
  /** The turn on which it is due. */
  readonly turn: number;
  readonly treaty: string;
}

export interface War {
  readonly a: ActorId;
  readonly b: ActorId;
  readonly since: number;
}

export type EndReason = 'settlement' | 'calendar' | 'collapse';

export interface TurnSummary {
  readonly turn: number;
  readonly territory: Record<ActorId, number>;
  readonly casualties: Record<ActorId, number>;
  readonly legitimacy: Record<ActorId, number>;
  readonly influence: Record<ActorId, number>;
  readonly tension: number;
}

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

export type EventEffect =
  | { readonly kind: 'support'; readonly actor: ActorId; readonly delta: number }
  | { readonly kind: 'legitimacy'; readonly actor: ActorId; readonly delta: number }
  | { readonly kind: 'treasury'; readonly actor: ActorId; readonly delta: number }
  | { readonly kind: 'relations'; readonly actor: ActorId; readonly with: ActorId; readonly delta: number }
  | { readonly kind: 'tension'; readonly delta: number }
  | { readonly kind: 'forces'; readonly actor: ActorId; readonly region: RegionId; readonly forces: Partial<Forces> }
  | { readonly kind: 'casualties'; readonly actor: ActorId; readonly military: number; readonly civilian: number }
  | { readonly kind: 'embargo'; readonly by: ActorId; readonly on: ActorId }
  | { readonly kind: 'propose'; readonly from: ActorId; readonly to: readonly ActorId[]; readonly terms: ProposalTerms }
  | { readonly kind: 'transit-ban'; readonly by: ActorId }
  | { readonly kind: 'war'; readonly a: ActorId; readonly b: ActorId }
  | { readonly kind: 'end-war' }
  /** A settlement's handover of this region still due falls due this many turns later. */
  | { readonly kind: 'delay-handover'; readonly region: RegionId; readonly turns: number };

export type EventCondition =
  | { readonly kind: 'always' }
  | { readonly kind: 'tension-at-least'; readonly value: number }
  | { readonly kind: 'all'; readonly of: readonly EventCondition[] }
  | { readonly kind: 'ceasefire' }
  | { readonly kind: 'controls'; readonly actor: ActorId; readonly region: RegionId }
  | { readonly kind: 'at-war' }
  | { readonly kind: 'no-settlement' }
  | { readonly kind: 'settlement' }
  /** A settlement's handover of this region is still due. */
  | { readonly kind: 'handover-pending'; readonly region: RegionId }
  /** A defence treaty in force binds a guarantor to defend this zone. */
  | { readonly kind: 'guarantee-covers'; readonly zone: Zone };

/** A named change to a scheduled event's chance while its condition holds. */
export interface ChanceModifier {
  readonly name: string;
  readonly value: number;
  readonly condition: EventCondition;
}

export interface ScheduledEvent {
  readonly id: string;
  /** Turn on which it may fire (its date in the record). */
  readonly turn: number;
  /**
   * For an event about the war: it fires this many turns after the first war of the game began,
   * and not before `turn`. A war that starts late moves it later; before any war it waits.
   */
  readonly afterWarStarts?: number;
  /** For an aftermath event: it fires this many turns after the first settlement was signed, and not before `turn`; before any settlement it waits. */
  readonly afterSettlement?: number;
  readonly title: string;
  readonly text: string;
  readonly source: string;
  /** Percent chance it fires when its condition holds. */
  readonly chance: number;
  /** Added to the chance while their conditions hold (the sum kept within 0–100), each logged by name. */
  readonly chanceModifiers?: readonly ChanceModifier[];
  readonly condition: EventCondition;
  readonly effects: readonly EventEffect[];
}

/** A card of the random-event deck: drawn by weight when its condition holds. */
export interface DeckEvent {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly source: string;
  /** Relative weight when its condition holds. */
  readonly weight: number;
  readonly condition: EventCondition;
  /** Extra weight while this condition also holds: how the state tilts the deck. */
  readonly boost: { readonly condition: EventCondition; readonly weight: number } | null;
  /** Drawn at most once in a game. */
  readonly once: boolean;
  readonly effects: readonly EventEffect[];
}

export type OrderKind = Order['kind'];

export type Order =
  | { readonly kind: 'move'; readonly from: RegionId; readonly to: RegionId; readonly forces: Partial<Forces> }
  | { readonly kind: 'attack'; readonly from: RegionId; readonly target: RegionId; readonly forces: Partial<Forces> }
  | { readonly kind: 'strike'; readonly from: RegionId; readonly target: RegionId; readonly weapon: 'drones' | 'artillery'; readonly aim: 'forces' | 'city' }
  | { readonly kind: 'hold'; readonly region: RegionId }
  | { readonly kind: 'mobilise'; readonly region: RegionId; readonly force: ForceType; readonly amount: number }
  | { readonly kind: 'propose'; readonly to: readonly ActorId[]; readonly terms: ProposalTerms }
  | { readonly kind: 'answer'; readonly proposal: string; readonly answer: Answer; readonly counter?: ProposalTerms; /** Why, in the answerer's words: the log's cause. */ readonly reason?: string }
  | { readonly kind: 'support'; readonly client: ActorId; readonly package: PackageKind; readonly covert: boolean; readonly size?: number; readonly condition?: SupportCondition }
  | { readonly kind: 'withdraw'; readonly link: string };

export type OrdersByActor = Record<ActorId, readonly Order[]>;

export type Phase = 'events' | 'orders' | 'diplomacy' | 'support' | 'operations' | 'consequences' | 'end';

export interface Modifier {
  readonly name: string;
  readonly value: number;
}

interface LogBase {
  readonly turn: number;
  readonly phase: Phase;
  /** What the player reads. */
  readonly text: string;
  /** Why it happened: an order, an event, a rule. */
  readonly cause: string;
  /** Who may read it; absent for public entries. */
  readonly visibleTo?: readonly ActorId[];
  /** Set when the facilitator decided it: an inject played, or a result overridden (with the reason). */
  readonly facilitator?: { readonly input: 'inject' | 'override'; readonly reason: string | null };
}

export type LogEntry = LogBase &
  (
    | { readonly kind: 'event'; readonly event: string; readonly source: string }
    /** A scheduled event that did not happen because its condition did not hold (no roll was made). */
    | { readonly kind: 'event-unmet'; readonly event: string; readonly condition: string }
    | { readonly kind: 'order'; readonly actor: ActorId; readonly order: Order; readonly result: OrderResult }
    | {
        readonly kind: 'combat';
        readonly attacker: ActorId;
        readonly defender: ActorId;
        readonly region: RegionId;
        readonly roll: number;
        readonly threshold: number;
        readonly modifiers: readonly Modifier[];
        readonly success: boolean;
        readonly attackerLosses: number;
        readonly defenderLosses: number;
      }
    | {
        readonly kind: 'duel';
        readonly attacker: ActorId;
        readonly defender: ActorId;
        readonly region: RegionId;
        readonly drones: number;
        readonly airDefence: number;
        readonly dronesLost: number;
        readonly airDefenceLost: number;
        readonly armourLost: number;
        readonly roll: number;
        readonly threshold: number;
      }
    | { readonly kind: 'capture'; readonly region: RegionId; readonly from: ActorId | null; readonly to: ActorId }
    | { readonly kind: 'roll'; readonly purpose: string; readonly roll: number; readonly threshold: number; readonly success: boolean }
    | { readonly kind: 'stat'; readonly actor: ActorId; readonly field: StatField; readonly delta: number; readonly value: number }
    | { readonly kind: 'proposal'; readonly proposal: string; readonly from: ActorId; readonly to: readonly ActorId[]; readonly terms: ProposalTerms }
    | { readonly kind: 'answer'; readonly proposal: string; readonly actor: ActorId; readonly answer: Answer }
    | { readonly kind: 'treaty'; readonly treaty: string; readonly treatyKind: TreatyKind; readonly parties: readonly ActorId[]; readonly change: 'signed' | 'lapsed' | 'breached' | 'renewed' | 'invoked' | 'not-invoked' }
    | { readonly kind: 'support'; readonly link: string; readonly patron: ActorId; readonly client: ActorId; readonly package: PackageKind; readonly change: 'sent' | 'delivered' | 'exposed' | 'withdrawn' }
    | { readonly kind: 'decision'; readonly actor: ActorId; readonly reasons: readonly string[] }
    | { readonly kind: 'end'; readonly reason: EndReason }
  );

export type OrderResult = 'done' | 'moved' | 'captured' | 'repelled' | 'void' | 'struck' | 'sent' | 'held';

export type StatField = 'treasury' | 'domesticSupport' | 'legitimacy' | 'relations' | 'influence' | 'casualties' | 'displaced' | 'tension';

/** Errors at the engine's edge are values with a stable code. */
export interface EngineError {
  readonly ok: false;
  readonly code: string;
  readonly message: string;
}
export type Ok<T> = { readonly ok: true } & T;
export type Result<T> = Ok<T> | EngineError;
