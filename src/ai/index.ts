// The computer actors' public API. They decide only from viewFor(state, actor): see view-state.ts.
export { chooseOrders, ordersForAll, decideAll, computerActors } from './choose';
export { stateFromView } from './view-state';
export { DIFFICULTIES, type Difficulty } from './plan';
