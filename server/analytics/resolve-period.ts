import { DomainError } from "../errors";
import type { AnalyticsFilter } from "./analytics-schemas";

/** The longest period the dashboard measures at once. */
export const MAX_PERIOD_DAYS = 400;

export interface Period {
  /** First and last day, inclusive, in the workspace's time zone (YYYY-MM-DD). */
  from: string;
  to: string;
  days: number;
  /** The same number of days just before. */
  previousFrom: string;
  previousTo: string;
}

const DAY_MS = 86_400_000;
const PRESET_DAYS = new Map([
  ["today", 1],
  ["7d", 7],
  ["30d", 30],
  ["90d", 90],
]);

const dayNumber = (date: string) => {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) throw new DomainError("BAD_REQUEST", `${date} is not a real date.`);
  return ms / DAY_MS;
};
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The period a filter names, given today's date in the workspace's time zone: a
 * preset ends today (7 days = today and the 6 before), a custom one is its two
 * days; the previous period is as long and ends the day before. Inverted dates
 * and periods over 400 days are refused with a message saying what to do. Pure.
 */
export function resolvePeriod(filter: Pick<AnalyticsFilter, "preset" | "from" | "to">, today: string): Period {
  let first: number;
  let last: number;
  const preset = filter.from || filter.to ? "custom" : filter.preset;
  if (preset === "custom") {
    if (!filter.from || !filter.to) throw new DomainError("BAD_REQUEST", "A custom period needs both a first day (from) and a last day (to).");
    first = dayNumber(filter.from);
    last = dayNumber(filter.to);
    if (last < first) throw new DomainError("BAD_REQUEST", `The period ends (${filter.to}) before it starts (${filter.from}). Swap the two dates.`);
  } else {
    last = dayNumber(today);
    first = last - (PRESET_DAYS.get(preset) ?? 30) + 1;
  }
  const days = last - first + 1;
  if (days > MAX_PERIOD_DAYS)
    throw new DomainError("BAD_REQUEST", `A period can be at most ${MAX_PERIOD_DAYS} days; this one has ${days}. Pick a shorter range.`);
  return { from: dateOf(first), to: dateOf(last), days, previousFrom: dateOf(first - days), previousTo: dateOf(first - 1) };
}

/** Every day of a period, in order (the daily series has a row for each, zero or not). */
export function daysOf(period: Pick<Period, "from" | "to">): string[] {
  const out: string[] = [];
  for (let day = dayNumber(period.from); day <= dayNumber(period.to); day++) out.push(dateOf(day));
  return out;
}
