import { z } from "zod";

const DAY_NAMES = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "24:00" closes a slot at the end of the day; isOpen compares minutes, so 00:00–24:00 is the whole day. */
export const END_OF_DAY = "24:00";

const knownZones = new Map<string, string>(["UTC", ...Intl.supportedValuesOf("timeZone")].map((zone) => [zone.toLowerCase(), zone]));

/** The zone as Intl spells it, or null when Intl does not know it. */
function canonicalTimeZone(value: string): string | null {
  const known = knownZones.get(value.toLowerCase());
  if (known) return known;
  // Aliases (Asia/Calcutta, US/Eastern…) are valid IANA names that supportedValuesOf leaves out.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)) return null;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return value;
  } catch {
    return null;
  }
}

export const timeZoneSchema = z
  .string({ error: "Choose a time zone." })
  .trim()
  .min(1, "Choose a time zone, like Europe/London.")
  .refine((value) => canonicalTimeZone(value) !== null, "Unknown time zone. Choose one from the list, like Europe/London or America/New_York.")
  .transform((value) => canonicalTimeZone(value)!);

export const weeklySlotInputSchema = z
  .object({
    day: z.number().int().min(1, "Days run from 1 (Monday) to 7 (Sunday).").max(7, "Days run from 1 (Monday) to 7 (Sunday)."),
    open: z.string().regex(TIME, "Write opening times as HH:MM, like 09:00."),
    close: z.string().refine((value) => TIME.test(value) || value === END_OF_DAY, "Write closing times as HH:MM, like 17:00 (24:00 for midnight)."),
  })
  .superRefine((slot, ctx) => {
    // Zod runs this even when a field above failed; those already have their message.
    const valid = DAY_NAMES[slot.day] && TIME.test(slot.open) && (TIME.test(slot.close) || slot.close === END_OF_DAY);
    if (valid && slot.open >= slot.close) {
      ctx.addIssue({ code: "custom", message: `${DAY_NAMES[slot.day]}: the closing time (${slot.close}) must be after the opening time (${slot.open}).` });
    }
  });

/** A real calendar date: 2026-02-30 is refused. */
function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const holidayInputSchema = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Write holiday dates as YYYY-MM-DD.")
    .refine(isCalendarDate, "That date is not in the calendar (check the day and month)."),
  name: z.string().trim().min(1, "Name each holiday, like Christmas Day.").max(80, "Keep holiday names under 80 characters."),
});

export const setTeamHoursInputSchema = z.object({
  teamId: z.string().min(1, "Choose a team."),
  timeZone: timeZoneSchema,
  weeklySlots: z
    .array(weeklySlotInputSchema)
    // An empty list means "no hours", which the router treats as always open: never store it by accident.
    .min(1, "Open the team on at least one day, or press Open 24/7.")
    .max(21, "At most three slots a day.")
    .superRefine((slots, ctx) => {
      const sorted = slots.filter((slot) => DAY_NAMES[slot.day]).sort((a, b) => a.day - b.day || a.open.localeCompare(b.open));
      for (let i = 1; i < sorted.length; i++) {
        const [before, after] = [sorted[i - 1]!, sorted[i]!];
        if (before.day === after.day && after.open < before.close) {
          ctx.addIssue({
            code: "custom",
            message: `${DAY_NAMES[after.day]}: the slots ${before.open}–${before.close} and ${after.open}–${after.close} overlap.`,
          });
        }
      }
    }),
  holidays: z
    .array(holidayInputSchema)
    .max(100, "At most 100 holidays.")
    .superRefine((holidays, ctx) => {
      const seen = new Set<string>();
      for (const holiday of holidays) {
        if (seen.has(holiday.date)) ctx.addIssue({ code: "custom", message: `${holiday.date} is listed twice.` });
        seen.add(holiday.date);
      }
    })
    .default([]),
});
export type SetTeamHoursInput = z.infer<typeof setTeamHoursInputSchema>;
