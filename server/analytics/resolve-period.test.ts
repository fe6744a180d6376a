import { describe, expect, it } from "vitest";
import { localDate } from "./local-date";
import { daysOf, resolvePeriod } from "./resolve-period";
import { change, rate, waitBucketsSql, waitHistogram } from "./shape-figures";

describe("resolvePeriod", () => {
  it.each([
    [{ preset: "today" as const }, { from: "2026-11-25", to: "2026-11-25", days: 1, previousFrom: "2026-11-24", previousTo: "2026-11-24" }],
    [{ preset: "7d" as const }, { from: "2026-11-19", to: "2026-11-25", days: 7, previousFrom: "2026-11-12", previousTo: "2026-11-18" }],
    [{ preset: "30d" as const }, { from: "2026-10-27", to: "2026-11-25", days: 30, previousFrom: "2026-09-27", previousTo: "2026-10-26" }],
    [{ preset: "90d" as const }, { from: "2026-08-28", to: "2026-11-25", days: 90, previousFrom: "2026-05-30", previousTo: "2026-08-27" }],
    [
      { preset: "custom" as const, from: "2026-02-27", to: "2026-03-01" },
      { from: "2026-02-27", to: "2026-03-01", days: 3, previousFrom: "2026-02-24", previousTo: "2026-02-26" },
    ],
    // Dates alone mean a custom period, whatever the preset says.
    [
      { preset: "7d" as const, from: "2026-01-01", to: "2026-01-01" },
      { from: "2026-01-01", to: "2026-01-01", days: 1, previousFrom: "2025-12-31", previousTo: "2025-12-31" },
    ],
  ])("%j", (filter, expected) => {
    expect(resolvePeriod(filter, "2026-11-25")).toEqual(expected);
  });

  it.each([
    [{ preset: "custom" as const, from: "2026-01-01" }, /needs both/],
    [{ preset: "custom" as const, from: "2026-01-02", to: "2026-01-01" }, /ends \(2026-01-01\) before it starts \(2026-01-02\)/],
    [{ preset: "custom" as const, from: "2025-01-01", to: "2026-02-05" }, /at most 400 days; this one has 401/],
    [{ preset: "custom" as const, from: "2026-02-30", to: "2026-03-01" }, /2026-02-30 is not a real date/],
  ])("refuses %j", (filter, message) => {
    expect(() => resolvePeriod(filter, "2026-11-25")).toThrow(message);
  });

  it("accepts exactly 400 days and lists every day", () => {
    expect(resolvePeriod({ preset: "custom", from: "2025-01-01", to: "2026-02-04" }, "2026-11-25").days).toBe(400);
    expect(daysOf({ from: "2026-10-31", to: "2026-11-02" })).toEqual(["2026-10-31", "2026-11-01", "2026-11-02"]);
  });
});

describe("localDate", () => {
  it("is the day in the workspace's zone, across the UTC midnight and DST", () => {
    expect(localDate(new Date("2026-11-25T03:00:00Z"), "America/New_York")).toBe("2026-11-24");
    expect(localDate(new Date("2026-11-25T03:00:00Z"), "UTC")).toBe("2026-11-25");
    expect(localDate(new Date("2026-03-29T23:30:00Z"), "Europe/Berlin")).toBe("2026-03-30");
    expect(localDate(new Date("2026-11-24T14:00:00Z"), "Pacific/Kiritimati")).toBe("2026-11-25");
  });
});

describe("figure shaping", () => {
  it("rates and changes are null where there is nothing to divide by", () => {
    expect(rate(1, 4)).toBe(0.25);
    expect(rate(0, 0)).toBeNull();
    expect(change(15, 10)).toBe(0.5);
    expect(change(3, 0)).toBeNull();
    expect(change(null, 3)).toBeNull();
  });

  it("the histogram has every bucket, and the SQL counts half-open ranges", () => {
    expect(waitHistogram({ "1_5m": "2", over_60m: 1n }).map((b) => b.count)).toEqual([0, 2, 0, 0, 1]);
    const sql = waitBucketsSql("w");
    expect(sql).toContain(`count(*) FILTER (WHERE w >= 0 AND w < 60) AS "under_1m"`);
    expect(sql).toContain(`count(*) FILTER (WHERE w >= 3600) AS "over_60m"`);
  });
});
