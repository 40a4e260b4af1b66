// A computer actor's answer to a proposal says why in the log (the news shows it as "Why: …"),
// instead of only "answer of Azerbaijan".
import { describe, expect, it } from 'vitest';
import { chooseOrders } from '../../src/ai';
import { ORDER_LIMITS, resolveTurn, type LogEntry, type Order } from '../../src/engine';
import { play, quiet } from '../engine/helpers';

describe('computer answers carry their reasons', () => {
  it('Azerbaijan answers Armenia\'s ceasefire with its reason, and the log gives it as the cause', () => {
    const s0 = quiet('answer-reasons');
    const propose: Order = { kind: 'propose', to: ['azerbaijan'], terms: { kind: 'ceasefire', turns: 2, monitors: [] } };
    const s1 = play(s0, { armenia: [propose] }).state;
    const decided = chooseOrders(s1, 'azerbaijan');
    const answer = decided.orders.find((o) => o.kind === 'answer');
    expect(answer?.kind === 'answer' && answer.reason).toBeTruthy();
    const { log } = play(s1, { azerbaijan: decided.orders });
    const entry = log.find((e): e is Extract<LogEntry, { kind: 'answer' }> => e.kind === 'answer' && e.actor === 'azerbaijan');
    expect(entry).toBeDefined();
    expect(entry!.cause).not.toBe('answer of Azerbaijan');
    expect(entry!.cause).toMatch(/^Azerbaijan's reason: .{10,}/);
    expect(entry!.cause).toContain(answer?.kind === 'answer' ? answer.reason : '?');
  });

  it('a reason longer than an order may carry is refused whole, and a human answer without one keeps the plain cause', () => {
    const s0 = quiet('answer-reasons');
    const s1 = play(s0, { armenia: [{ kind: 'propose', to: ['azerbaijan'], terms: { kind: 'ceasefire', turns: 2, monitors: [] } }] }).state;
    const p = s1.proposals.find((x) => x.from === 'armenia')!;
    const long = { kind: 'answer', proposal: p.id, answer: 'reject', reason: 'x'.repeat(ORDER_LIMITS.reasonLength + 1) } as Order;
    const { log } = play(s1, { azerbaijan: [{ kind: 'answer', proposal: p.id, answer: 'reject' }] });
    expect(log.find((e) => e.kind === 'answer' && e.actor === 'azerbaijan')?.cause).toBe('answer of Azerbaijan');
    const r = resolveTurn(s1, { azerbaijan: [long] });
    expect(r).toMatchObject({ ok: false, code: 'ERR_BAD_ORDER', message: expect.stringMatching(/reason/) });
  });
});
