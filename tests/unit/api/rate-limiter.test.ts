import { describe, expect, it } from "vitest";
import { RateLimiter } from "@/server/api/rest/rate-limiter";
import { HttpError } from "@/server/api/rest/rest-error";

function refusal(take: () => void): HttpError | null {
  try {
    take();
    return null;
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
}

describe("RateLimiter (a sliding one-minute window per key)", () => {
  it("refuses the hit over the limit with Retry-After until the oldest hit leaves the window", () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, "requests", () => now);
    limiter.take("a");
    now += 10_000;
    limiter.take("a");
    now += 10_000;
    limiter.take("a");
    now += 5_000;
    const refused = refusal(() => limiter.take("a"));
    expect(refused?.status).toBe(429);
    expect(refused?.headers["Retry-After"]).toBe("35"); // the first hit leaves at +60 s, 35 s from now
    expect(refusal(() => limiter.take("b"))).toBeNull(); // other keys are not affected
    now = 1_000_000 + 60_000; // the first hit has left; the refused one was never counted
    expect(refusal(() => limiter.take("a"))).toBeNull();
    expect(refusal(() => limiter.take("a"))?.status).toBe(429);
  });

  it("counts exactly the hits of the last minute over many windows (the queue's front is dropped, not lost)", () => {
    let now = 0;
    const limiter = new RateLimiter(100, "requests", () => now);
    const accepted: number[] = [];
    for (let i = 0; i < 5_000; i++) {
      now += 7 + (i % 13) * 50; // uneven gaps
      if (refusal(() => limiter.take("k")) === null) accepted.push(now);
      const inWindow = accepted.filter((time) => now - time < 60_000).length;
      expect(inWindow).toBeLessThanOrEqual(100);
      // Refused only when the window is really full.
      if (accepted.at(-1) !== now) expect(inWindow).toBe(100);
    }
  });

  it("keeps counting when the clock steps back", () => {
    let now = 500_000;
    const limiter = new RateLimiter(2, "requests", () => now);
    limiter.take("a");
    now -= 30_000;
    limiter.take("a");
    expect(refusal(() => limiter.take("a"))?.status).toBe(429);
  });
});
