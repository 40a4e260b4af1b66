import { describe, expect, it } from 'vitest';
import { twoThreadSpeedup } from '../../src/cli/host-check';

describe("the bench's host check", () => {
  // Its loop runs as code evaluated in worker threads, which no type check sees: this runs it.
  it('runs its loop on one thread and on two, and gives how many threads’ work two did', async () => {
    const r = await twoThreadSpeedup(2_000_000);
    expect(Number.isFinite(r)).toBe(true);
    // Two threads do between one thread's work and two threads' work (with room for a noisy host).
    expect(r).toBeGreaterThan(0.3);
    expect(r).toBeLessThan(3);
  }, 30_000);
});
