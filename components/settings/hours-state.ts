import type { TeamSummary } from "@/server/workspace/list-teams";

/** One weekday of the hours form: a single slot, or closed. */
export interface DayRow {
  day: number;
  name: string;
  closed: boolean;
  open: string;
  close: string;
}

export interface HolidayRow {
  /** A stable React key; not sent. */
  key: number;
  date: string;
  name: string;
}

/** ISO weekdays, Monday = 1, as the router reads them (server/handoff/business-hours.ts). */
const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Every day 00:00–24:00: the router's "always open" that still has a time zone and holidays. */
export const aroundTheClock = (): DayRow[] => WEEKDAY_NAMES.map((name, i) => ({ day: i + 1, name, closed: false, open: "00:00", close: "24:00" }));

/**
 * The form's starting point. A team without hours is always open, so it
 * starts as Open 24/7 in the admin's own time zone.
 */
export function initialHours(hours: TeamSummary["businessHours"], ownTimeZone: string) {
  if (!hours) return { timeZone: ownTimeZone, days: aroundTheClock(), holidays: [] as HolidayRow[] };
  const days = WEEKDAY_NAMES.map((name, i) => {
    const slot = hours.weeklySlots.filter((s) => s.day === i + 1).sort((a, b) => a.open.localeCompare(b.open))[0];
    return slot ? { day: i + 1, name, closed: false, open: slot.open, close: slot.close } : { day: i + 1, name, closed: true, open: "09:00", close: "17:00" };
  });
  return { timeZone: hours.timeZone, days, holidays: hours.holidays.map((holiday, key) => ({ key, ...holiday })) };
}

/** The open days as the weekly slots the server stores. */
export const toWeeklySlots = (days: DayRow[]) => days.filter((d) => !d.closed).map(({ day, open, close }) => ({ day, open: open.trim(), close: close.trim() }));

/** Closing at or before opening (both well-formed): flagged before the server says so. */
export const closesTooEarly = (row: DayRow) =>
  !row.closed && /^\d{2}:\d{2}$/.test(row.open.trim()) && /^\d{2}:\d{2}$/.test(row.close.trim()) && row.open.trim() >= row.close.trim();
