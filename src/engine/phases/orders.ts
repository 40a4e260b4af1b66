// Phase 2, orders: the secret orders are recorded, paid for, and mobilisation takes effect.
import { fullForces } from '../forces';
import { orderCost } from '../orders';
import { adjust, note } from '../stats';
import type { GameState } from '../types';
import { describeOrder } from '../describe';
import type { TurnContext } from './context';

export function ordersPhase(state: GameState, ctx: TurnContext): void {
  for (const actor of state.actorOrder) {
    const orders = ctx.orders[actor] ?? [];
    const seen = state.actors[actor];
    const secret = ctx.log.quiet ? [] : [actor, ...(seen.commandedBy ? [seen.commandedBy] : [])];
    if (orders.length === 0) {
      if (!ctx.log.quiet && !seen.background && !seen.collapsed) note(ctx.log, { kind: 'decision', actor, reasons: ['no orders submitted'], text: `${seen.name} gave no orders and holds everywhere.`, cause: 'no orders submitted', visibleTo: secret });
      continue;
    }
    let money = 0;
    for (const o of orders) {
      money += orderCost(state, actor, o).money;
      if (!ctx.log.quiet) note(ctx.log, { kind: 'order', actor, order: o, result: 'done', text: `${seen.name} orders: ${describeOrder(o, state)}.`, cause: 'secret order', visibleTo: secret });
      if (o.kind === 'mobilise') {
        const a = state.actors[actor];
        a.reserves -= o.amount;
        const f = (a.forces[o.region] ??= fullForces(undefined));
        f[o.force] += o.amount;
      }
    }
    if (money > 0) adjust(state, ctx.log, actor, 'treasury', -money, 'cost of this turn\'s orders', true);
  }
}
