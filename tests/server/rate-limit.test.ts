// The per-address limiter on its own clock: a burst, its refill, and refused attempts counted apart.
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/server/rate-limit';

function limiter(perMinute: number, failures: number): { limiter: RateLimiter; advance: (ms: number) => void } {
  let t = 1_000_000;
  return { limiter: new RateLimiter({ perMinute, failures, failureWindowMs: 600_000 }, () => t), advance: (ms) => (t += ms) };
}

describe('rate limiter', () => {
  it('lets a burst of perMinute attempts through, then asks the address to wait until one refills', () => {
    const { limiter: l, advance } = limiter(6, 100);
    for (let i = 0; i < 6; i++) expect(l.take('10.0.0.1')).toBeNull();
    expect(l.take('10.0.0.1')).toBe(10);
    expect(l.take('10.0.0.2')).toBeNull();
    advance(10_000);
    expect(l.take('10.0.0.1')).toBeNull();
    expect(l.take('10.0.0.1')).not.toBeNull();
  });

  it('shuts out an address after too many refused attempts until the window has passed', () => {
    const { limiter: l, advance } = limiter(1000, 3);
    for (let i = 0; i < 3; i++) {
      expect(l.take('10.0.0.9')).toBeNull();
      l.fail('10.0.0.9');
    }
    expect(l.take('10.0.0.9')).toBe(600);
    expect(l.take('10.0.0.8')).toBeNull();
    advance(600_000);
    expect(l.take('10.0.0.9')).toBeNull();
  });
});
