import { describe, expect, it } from "vitest";
import { SignInThrottle } from "@/server/auth/sign-in-throttle";

describe("sign-in throttle", () => {
  it("refuses after the maximum failures and lets in again when the oldest ages out", () => {
    let now = 1_000_000;
    const throttle = new SignInThrottle(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfter("a@x")).toBe(0);
      throttle.recordFailure("a@x");
      now += 1_000;
    }
    expect(throttle.retryAfter("a@x")).toBe(60_000 - 3_000);
    expect(throttle.retryAfter("b@x")).toBe(0);
    now += 57_000;
    expect(throttle.retryAfter("a@x")).toBe(0);
  });

  it("a success clears the count", () => {
    const throttle = new SignInThrottle(2, 60_000, () => 0);
    throttle.recordFailure("a@x");
    throttle.recordSuccess("a@x");
    throttle.recordFailure("a@x");
    expect(throttle.retryAfter("a@x")).toBe(0);
  });
});
