import { isOpen, localTime, zonedInstant, type BusinessHoursSpec } from "../handoff/business-hours";

/** Callbacks are booked in half-hour slots. */
export const SLOT_MINUTES = 30;
/** The team needs a little notice: the first slot starts at least this far ahead. */
export const LEAD_MINUTES = 30;
/** How far ahead a customer may book. */
const HORIZON_DAYS = 14;
const DAY_MS = 86_400_000;

export interface CallbackSlot {
  startsAt: Date;
  endsAt: Date;
}

/** A slot fits when it starts and ends inside one stretch of business hours (not on a holiday). */
function fitsHours(hours: BusinessHoursSpec | null, startsAt: Date): boolean {
  const lastMinute = new Date(startsAt.getTime() + (SLOT_MINUTES - 1) * 60_000);
  return isOpen(hours, startsAt) && isOpen(hours, lastMinute);
}

/**
 * The next bookable slots inside the team's business hours: half-hour slots
 * over the next `days` days on which the team is open (holidays and closed
 * days skipped), none sooner than LEAD_MINUTES from now, at most `max`.
 * No business hours means always open.
 */
export function listCallbackSlots(hours: BusinessHoursSpec | null, now: Date, options: { days?: number; max?: number } = {}): CallbackSlot[] {
  const days = options.days ?? 5;
  const max = options.max ?? 40;
  const timeZone = hours?.timeZone ?? "UTC";
  const earliest = now.getTime() + LEAD_MINUTES * 60_000;
  const slots: CallbackSlot[] = [];
  let openDays = 0;
  for (let day = 0; day <= HORIZON_DAYS && openDays < days && slots.length < max; day++) {
    const date = localTime(new Date(now.getTime() + day * DAY_MS), timeZone).date;
    let found = false;
    for (let minute = 0; minute < 24 * 60 && slots.length < max; minute += SLOT_MINUTES) {
      const startsAt = zonedInstant(date, minute, timeZone);
      // Around a DST change two wall-clock times can map to one instant, or a day can repeat: keep each slot once.
      if (startsAt.getTime() < earliest || localTime(startsAt, timeZone).date !== date || !fitsHours(hours, startsAt)) continue;
      if (slots.some((slot) => slot.startsAt.getTime() === startsAt.getTime())) continue;
      slots.push({ startsAt, endsAt: new Date(startsAt.getTime() + SLOT_MINUTES * 60_000) });
      found = true;
    }
    if (found) openDays++;
  }
  return slots;
}

/**
 * Is `startsAt` a slot a customer may book: on a half-hour of the team's
 * clock, at least LEAD_MINUTES ahead, within HORIZON_DAYS, inside business hours.
 */
export function isCallbackSlot(hours: BusinessHoursSpec | null, startsAt: Date, now: Date): boolean {
  const time = startsAt.getTime();
  if (time < now.getTime() + LEAD_MINUTES * 60_000 || time > now.getTime() + HORIZON_DAYS * DAY_MS) return false;
  const local = localTime(startsAt, hours?.timeZone ?? "UTC");
  if (local.minutes % SLOT_MINUTES !== 0 || startsAt.getUTCSeconds() !== 0 || startsAt.getUTCMilliseconds() !== 0) return false;
  return fitsHours(hours, startsAt);
}
