import { describe, expect, it } from "vitest";
import { formatWeeklySlots } from "@/components/settings/format-weekly-slots";

describe("formatWeeklySlots", () => {
  it.each([
    [[1, 2, 3, 4, 5].map((day) => ({ day, open: "09:00", close: "17:00" })), "Mon–Fri 09:00–17:00"],
    [
      [
        { day: 6, open: "10:00", close: "14:00" },
        { day: 1, open: "09:00", close: "17:00" },
        { day: 2, open: "09:00", close: "17:00" },
        { day: 4, open: "09:00", close: "17:00" },
      ],
      "Mon–Tue 09:00–17:00, Thu 09:00–17:00, Sat 10:00–14:00",
    ],
    [
      [1, 2, 3]
        .flatMap((day) => [
          { day, open: "13:00", close: "17:00" },
          { day, open: "09:00", close: "12:00" },
        ])
        .concat([{ day: 4, open: "09:00", close: "12:00" }]),
      "Mon–Wed 09:00–12:00 & 13:00–17:00, Thu 09:00–12:00",
    ],
    [[], ""],
  ])("formats %j", (slots, expected) => {
    expect(formatWeeklySlots(slots)).toBe(expected);
  });
});
