import { describe, expect, it } from "vitest";
import { initialHours, nextSlot, toWeeklySlots } from "@/components/settings/hours-state";

const stored = {
  name: "Office hours",
  timeZone: "Europe/London",
  weeklySlots: [
    { day: 1, open: "13:00", close: "17:00" },
    { day: 1, open: "09:00", close: "12:00" },
    { day: 2, open: "09:00", close: "17:00" },
  ],
  holidays: [],
  sharedWith: [],
};

describe("hours form state", () => {
  it("keeps every slot of a day through loading and saving (a lunch break is not lost)", () => {
    const { days } = initialHours(stored, "UTC");
    expect(days[0]).toMatchObject({ name: "Monday", closed: false, open: "09:00", close: "12:00", more: [{ open: "13:00", close: "17:00" }] });
    expect(days[2]).toMatchObject({ name: "Wednesday", closed: true, more: [] });
    expect(toWeeklySlots(days)).toEqual([
      { day: 1, open: "09:00", close: "12:00" },
      { day: 1, open: "13:00", close: "17:00" },
      { day: 2, open: "09:00", close: "17:00" },
    ]);
  });

  it("a closed day saves none of its slots; a new slot starts after the day's last one", () => {
    const { days } = initialHours(stored, "UTC");
    expect(toWeeklySlots(days.map((day) => (day.day === 1 ? { ...day, closed: true } : day)))).toEqual([{ day: 2, open: "09:00", close: "17:00" }]);
    expect(nextSlot(days[1]!)).toEqual({ open: "18:00", close: "19:00" });
    expect(nextSlot({ ...days[1]!, close: "12:00" })).toEqual({ open: "13:00", close: "17:00" });
  });
});
