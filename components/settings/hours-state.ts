import type { TeamSummary } from "@/server/workspace/list-teams";

/** Opening hours within one day, as typed (HH:MM). */
export interface SlotRow {
  open: string;
  close: string;
}

/** The most slots a day may have (the server's limit): a morning, an afternoon and an evening, say. */
export const MAX_SLOTS_A_DAY = 3;

/** One weekday of the hours form: closed, or its first slot and any later ones (a lunch break splits a day in two). */
export interface DayRow extends SlotRow {
  day: number;
  name: string;
  closed: boolean;
  /** Slots after the first, in order. */
  more: SlotRow[];
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
export const aroundTheClock = (): DayRow[] => WEEKDAY_NAMES.map((name, i) => ({ day: i + 1, name, closed: false, open: "00:00", close: "24:00", more: [] }));

/**
 * The form's starting point. A team without hours is always open, so it
 * starts as Open 24/7 in the admin's own time zone.
 */
export function initialHours(hours: TeamSummary["businessHours"], ownTimeZone: string) {
  if (!hours) return { timeZone: ownTimeZone, days: aroundTheClock(), holidays: [] as HolidayRow[] };
  const days = WEEKDAY_NAMES.map((name, i) => {
    const [first, ...more] = hours.weeklySlots.filter((s) => s.day === i + 1).sort((a, b) => a.open.localeCompare(b.open));
    return first
      ? { day: i + 1, name, closed: false, open: first.open, close: first.close, more: more.map(({ open, close }) => ({ open, close })) }
      : { day: i + 1, name, closed: true, open: "09:00", close: "17:00", more: [] };
  });
  return { timeZone: hours.timeZone, days, holidays: hours.holidays.map((holiday, key) => ({ key, ...holiday })) };
}

/** The open days as the weekly slots the server stores, every slot of each. */
export const toWeeklySlots = (days: DayRow[]) =>
  days
    .filter((d) => !d.closed)
    .flatMap(({ day, open, close, more }) => [{ open, close }, ...more].map((slot) => ({ day, open: slot.open.trim(), close: slot.close.trim() })));

/** Closing at or before opening (both well-formed): flagged before the server says so. */
export const closesTooEarly = (slot: SlotRow) =>
  /^\d{2}:\d{2}$/.test(slot.open.trim()) && /^\d{2}:\d{2}$/.test(slot.close.trim()) && slot.open.trim() >= slot.close.trim();

/** A later slot for a day: from an hour after the day's last slot closes, until 17:00 or an hour after that. */
export function nextSlot(row: DayRow): SlotRow {
  const last = row.more.at(-1) ?? row;
  const hour = Math.min(22, (Number.parseInt(last.close, 10) || 12) + 1);
  const pad = (h: number) => `${String(h).padStart(2, "0")}:00`;
  return { open: pad(hour), close: pad(Math.max(hour + 1, 17)) };
}
