import { describe, expect, it } from "vitest";
import { isOpen, nextCallbackSlots, zonedInstant } from "./business-hours";

const london = {
  timeZone: "Europe/London",
  weeklySlots: [1, 2, 3, 4, 5].map((day) => ({ day, open: "09:00", close: "17:00" })),
  holidays: [{ date: "2026-12-25", name: "Christmas Day" }],
};

describe("business hours", () => {
  it.each([
    ["2026-11-23T09:00:00Z", true], // Monday 09:00 GMT
    ["2026-11-23T08:59:00Z", false],
    ["2026-11-23T17:00:00Z", false],
    ["2026-11-22T12:00:00Z", false], // Sunday
    ["2026-12-25T12:00:00Z", false], // holiday (a Friday)
    ["2026-07-06T08:30:00Z", true], // Monday 09:30 BST
  ])("%s open: %s", (instant, expected) => {
    expect(isOpen(london, new Date(instant))).toBe(expected);
  });

  it("no hours means always open", () => {
    expect(isOpen(null, new Date("2026-11-22T03:00:00Z"))).toBe(true);
  });

  it("converts wall-clock times in a zone, across daylight saving", () => {
    expect(zonedInstant("2026-07-06", 9 * 60, "Europe/London").toISOString()).toBe("2026-07-06T08:00:00.000Z");
    expect(zonedInstant("2026-11-23", 9 * 60, "Europe/London").toISOString()).toBe("2026-11-23T09:00:00.000Z");
    expect(zonedInstant("2026-11-23", 9 * 60, "America/New_York").toISOString()).toBe("2026-11-23T14:00:00.000Z");
  });

  it("offers the next callback slots inside business hours, labelled in the team's zone", () => {
    // Friday 16:30 London: next slots are Monday morning.
    const slots = nextCallbackSlots(london, new Date("2026-11-27T16:30:00Z"), 3);
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual(["2026-11-30T09:00:00.000Z", "2026-11-30T10:00:00.000Z", "2026-11-30T11:00:00.000Z"]);
    expect(slots[0]!.label).toBe("Mon 30 Nov, 09:00");
  });
});
