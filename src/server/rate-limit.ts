// Join attempts per address: a bucket of `perMinute` attempts that refills over a minute, and a
// stricter count of refused attempts (a wrong code, a bad setup), so that guessing class codes
// from one machine gets nowhere while a whole class joining at once from behind one router works.

export interface RateLimits {
  /** Join, host and lookup requests per address per minute (and as a burst). */
  readonly perMinute: number;
  /** Refused attempts per address in `failureWindowMs` before the address waits out the window. */
  readonly failures: number;
  readonly failureWindowMs: number;
}

interface Tally {
  tokens: number;
  at: number;
  failures: number;
  failuresSince: number;
}

const PRUNE_ABOVE = 10_000;

export class RateLimiter {
  private readonly tallies = new Map<string, Tally>();

  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number,
  ) {}

  private tally(address: string): Tally {
    const t = this.now();
    let tally = this.tallies.get(address);
    if (!tally) {
      if (this.tallies.size >= PRUNE_ABOVE) this.prune(t);
      tally = { tokens: this.limits.perMinute, at: t, failures: 0, failuresSince: t };
      this.tallies.set(address, tally);
    }
    tally.tokens = Math.min(this.limits.perMinute, tally.tokens + ((t - tally.at) * this.limits.perMinute) / 60_000);
    tally.at = t;
    if (t - tally.failuresSince >= this.limits.failureWindowMs) {
      tally.failures = 0;
      tally.failuresSince = t;
    }
    return tally;
  }

  /** Takes one attempt for `address`; null if allowed, else the seconds to wait. */
  take(address: string): number | null {
    const tally = this.tally(address);
    if (tally.failures >= this.limits.failures) return Math.ceil((tally.failuresSince + this.limits.failureWindowMs - tally.at) / 1000);
    if (tally.tokens < 1) return Math.ceil(((1 - tally.tokens) * 60) / this.limits.perMinute);
    tally.tokens -= 1;
    return null;
  }

  /** Counts a refused attempt against `address`. */
  fail(address: string): void {
    this.tally(address).failures++;
  }

  private prune(t: number): void {
    for (const [address, tally] of this.tallies) {
      if (tally.failures === 0 && tally.tokens + ((t - tally.at) * this.limits.perMinute) / 60_000 >= this.limits.perMinute) this.tallies.delete(address);
    }
  }
}
