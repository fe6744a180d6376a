import { z } from "zod";

export const weeklySlotSchema = z.object({
  /** ISO weekday: Monday = 1 … Sunday = 7. */
  day: z.number().int().min(1).max(7),
  open: z.string().regex(/^\d{2}:\d{2}$/),
  close: z.string().regex(/^\d{2}:\d{2}$/),
});
export const holidaySchema = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), name: z.string() });

export interface BusinessHoursSpec {
  timeZone: string;
  weeklySlots: z.infer<typeof weeklySlotSchema>[];
  holidays: z.infer<typeof holidaySchema>[];
}

const WEEKDAYS = new Map(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map((day, index) => [day, index + 1]));

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock date, weekday and minute of the day of an instant in a time zone. */
export function localTime(instant: Date, timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS.get(parts.weekday!) ?? 1,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Inside one of the weekly slots, and not on a holiday. No hours at all means always open. */
export function isOpen(hours: BusinessHoursSpec | null, now: Date): boolean {
  if (!hours || hours.weeklySlots.length === 0) return true;
  const local = localTime(now, hours.timeZone);
  if (hours.holidays.some((holiday) => holiday.date === local.date)) return false;
  return hours.weeklySlots.some((slot) => slot.day === local.weekday && local.minutes >= toMinutes(slot.open) && local.minutes < toMinutes(slot.close));
}

/** The instant at which the wall clock in `timeZone` shows the given date and time. */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const wanted = Date.UTC(y, m - 1, d, Math.floor(minutes / 60), minutes % 60);
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const local = localTime(new Date(guess), timeZone);
    const [ly, lm, ld] = local.date.split("-").map(Number) as [number, number, number];
    const shown = Date.UTC(ly, lm - 1, ld, Math.floor(local.minutes / 60), local.minutes % 60);
    guess += wanted - shown;
  }
  return new Date(guess);
}

/**
 * The next `count` callback slots (on the hour, at least `leadMinutes` from
 * now) inside business hours, labelled in the team's time zone.
 */
export function nextCallbackSlots(hours: BusinessHoursSpec | null, now: Date, count: number, leadMinutes = 60) {
  const timeZone = hours?.timeZone ?? "UTC";
  const slots: { startsAt: Date; label: string }[] = [];
  const earliest = now.getTime() + leadMinutes * 60_000;
  const label = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  for (let day = 0; day < 21 && slots.length < count; day++) {
    const date = localTime(new Date(now.getTime() + day * 86_400_000), timeZone).date;
    for (let minute = 0; minute < 24 * 60 && slots.length < count; minute += 60) {
      const startsAt = zonedInstant(date, minute, timeZone);
      if (startsAt.getTime() < earliest || !isOpen(hours, startsAt)) continue;
      if (slots.some((slot) => slot.startsAt.getTime() === startsAt.getTime())) continue;
      slots.push({ startsAt, label: label.format(startsAt).replace(/,? (\d{2}:\d{2})$/, ", $1") });
    }
  }
  return slots;
}
