import { HttpError } from "./rest-error";

const WINDOW_MS = 60_000;

/** One key's hits inside the window, oldest first: a queue whose expired head is skipped, not copied. */
interface Hits {
  times: number[];
  head: number;
}

/**
 * A sliding one-minute window per key, in memory (so per app instance).
 * Over the limit, `take` throws a 429 with Retry-After.
 *
 * Each key's hit times are kept in arrival order, so the expired ones are
 * at the front: a request costs a few comparisons and one push, not a copy
 * of the key's window (which, at a high limit, was most of the bytes a
 * request allocated).
 */
export class RateLimiter {
  private readonly hits = new Map<string, Hits>();

  constructor(
    private readonly perMinute: number,
    private readonly what: string,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): void {
    const now = this.now();
    let hits = this.hits.get(key);
    if (!hits) {
      if (this.hits.size >= 50_000) this.prune(now);
      hits = { times: [], head: 0 };
      this.hits.set(key, hits);
    }
    const { times } = hits;
    while (hits.head < times.length && now - times[hits.head]! >= WINDOW_MS) hits.head++;
    // A clock that stepped back: keep the order (and so the expiry at the front) by counting this hit at the newest time seen.
    const at = times.length > hits.head ? Math.max(now, times[times.length - 1]!) : now;
    if (times.length - hits.head >= this.perMinute) {
      const retryAfter = Math.max(1, Math.ceil((times[hits.head]! + WINDOW_MS - now) / 1000));
      throw new HttpError(429, "rate_limited", `Too many ${this.what}. Please slow down and try again in ${retryAfter} s.`, {
        "Retry-After": String(retryAfter),
      });
    }
    if (hits.head > 64 && hits.head * 2 > times.length) {
      times.splice(0, hits.head);
      hits.head = 0;
    }
    times.push(at);
  }

  private prune(now: number) {
    for (const [key, { times }] of this.hits) if (times.length === 0 || now - times[times.length - 1]! >= WINDOW_MS) this.hits.delete(key);
  }
}
