// The engine's public API. Everything outside src/engine imports from here.
export * from './types';
export type * from './view-types';
export { newGame } from './state';
export { legalOrders, validateOrder, validateOrders, orderCost, DRONE_RANGE, MOBILISE_MAX } from './orders';
export { resolveTurn, simulateTurn } from './turn';
export { viewFor, logFor } from './view';
export { hashState } from './state-hash';
export { recordTurn, newReplay, verifyReplay, parseReplay, type Replay, type ReplayTurn, type VerifyResult } from './replay';
export { scoreGame, scoreActor, aimMet, type Score } from './score';
export { dateOfTurn, longDate } from './calendar';
export { ENGINE_VERSION } from './version';
export { describeOrder, describeTerms, describeForces } from './describe';
export { explainAttack, type AttackOdds } from './phases/combat';
export { routeVia, supportDelay, type SupportDelay } from './routes';
export { fullForces, groundStrength, totalStrength } from './forces';
export { withinSteps } from './geography';
export { allied, atWar, ceasefireBetween, inForce, treatyBetween } from './sides';
export { seedRng, openDice, type Dice } from './rng';
