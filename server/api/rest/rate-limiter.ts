import { HttpError } from "./rest-error";

/**
 * A sliding one-minute window per key, in memory (so per app instance).
 * Over the limit, `take` throws a 429 with Retry-After.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly what: string,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): void {
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((time) => now - time < 60_000);
    if (recent.length >= this.perMinute) {
      const retryAfter = Math.max(1, Math.ceil((recent[0]! + 60_000 - now) / 1000));
      throw new HttpError(429, "rate_limited", `Too many ${this.what}. Please slow down and try again in ${retryAfter} s.`, {
        "Retry-After": String(retryAfter),
      });
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 50_000) this.prune(now);
  }

  private prune(now: number) {
    for (const [key, times] of this.hits) if (times.every((time) => now - time >= 60_000)) this.hits.delete(key);
  }
}
