import { describe, expect, it } from "vitest";
import { formatWait, waitUrgency } from "@/components/inbox/format-wait";

const now = new Date("2026-11-23T10:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("formatWait", () => {
  it.each([
    [0, "under a minute"],
    [59, "under a minute"],
    [60, "1 min"],
    [3 * 60 + 30, "3 min"],
    [59 * 60 + 59, "59 min"],
    [3600, "1 h"],
    [3600 + 5 * 60, "1 h 5 min"],
    [23 * 3600 + 59 * 60, "23 h 59 min"],
    [24 * 3600, "1 day"],
    [3 * 24 * 3600 + 7200, "3 days"],
  ])("%i s → %s", (seconds, expected) => {
    expect(formatWait(ago(seconds), now)).toBe(expected);
  });

  it("reads a start in the future (clock skew) as no wait", () => {
    expect(formatWait(new Date(now.getTime() + 90_000), now)).toBe("under a minute");
  });
});

describe("waitUrgency", () => {
  it.each([
    [30, "calm"],
    [119, "calm"],
    [120, "warning"],
    [299, "warning"],
    [300, "urgent"],
  ] as const)("%i s → %s", (seconds, expected) => {
    expect(waitUrgency(ago(seconds), now)).toBe(expected);
  });
});
