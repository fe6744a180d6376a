import { describe, expect, it } from "vitest";
import { pairDelayMs, SIGN_IN_LIMITS, signInVerdict, type SignInHistory } from "@/server/auth/sign-in-policy";

const NOW = new Date("2026-12-01T12:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);
/** `count` failures, the newest `newestAgoMs` ago and each `gapMs` before the next (newest first, as the log is read). */
const failures = (count: number, newestAgoMs = 0, gapMs = 1000) => Array.from({ length: count }, (_, i) => ago(newestAgoMs + i * gapMs));
const history = (partial: Partial<SignInHistory>): SignInHistory => ({
  pairFailures: [],
  addressFailures: [],
  emailFailures: [],
  knownAddress: false,
  ...partial,
});

describe("sign-in policy", () => {
  it("doubles the delay per failure after the free ones, up to 15 minutes", () => {
    expect([1, 2, 3, 4, 5, 6, 12, 13, 14, 40].map((n) => pairDelayMs(n))).toEqual([0, 0, 1_000, 2_000, 4_000, 8_000, 512_000, 900_000, 900_000, 900_000]);
  });

  it.each([
    ["no history", history({}), { waitMs: 0, limit: null }],
    ["two failures at this address", history({ pairFailures: failures(2) }), { waitMs: 0, limit: null }],
    ["three failures, the last just now", history({ pairFailures: failures(3) }), { waitMs: 1_000, limit: "pair" }],
    ["three failures, the last 1 s ago", history({ pairFailures: failures(3, 1_000) }), { waitMs: 0, limit: null }],
    ["five failures, the last 1 s ago", history({ pairFailures: failures(5, 1_000) }), { waitMs: 3_000, limit: "pair" }],
    [
      "the address at its cap across e-mails (the oldest 10 min ago)",
      history({ addressFailures: failures(SIGN_IN_LIMITS.addressCap, 0, 600_000 / (SIGN_IN_LIMITS.addressCap - 1)) }),
      { waitMs: 50 * 60_000, limit: "address" },
    ],
    ["the address one under its cap", history({ addressFailures: failures(SIGN_IN_LIMITS.addressCap - 1) }), { waitMs: 0, limit: null }],
    [
      "the e-mail at its cap, from a new address",
      history({ emailFailures: failures(SIGN_IN_LIMITS.emailCap, 0, 1_000) }),
      { waitMs: SIGN_IN_LIMITS.emailWindowMs - (SIGN_IN_LIMITS.emailCap - 1) * 1_000, limit: "email" },
    ],
    ["the e-mail at its cap, from an address that signed in before", history({ emailFailures: failures(80), knownAddress: true }), { waitMs: 0, limit: null }],
    [
      "the longest of several waits",
      history({ pairFailures: failures(4), emailFailures: failures(SIGN_IN_LIMITS.emailCap, 0, 1_000) }),
      { waitMs: SIGN_IN_LIMITS.emailWindowMs - (SIGN_IN_LIMITS.emailCap - 1) * 1_000, limit: "email" },
    ],
  ] as const)("%s", (_label, given, expected) => {
    expect(signInVerdict(given, NOW)).toEqual(expected);
  });

  it("a known address still waits out its own failures", () => {
    expect(signInVerdict(history({ pairFailures: failures(4), knownAddress: true }), NOW)).toEqual({ waitMs: 2_000, limit: "pair" });
  });

  it("the wait runs down with the clock", () => {
    const given = history({ pairFailures: [ago(0), ago(1), ago(2), ago(3), ago(4), ago(5)] }); // six failures: 8 s after the newest
    const at = (ms: number) => signInVerdict(given, new Date(NOW.getTime() + ms)).waitMs;
    expect([0, 3_000, 7_999, 8_000, 60_000].map(at)).toEqual([8_000, 5_000, 1, 0, 0]);
  });
});
