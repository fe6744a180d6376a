export interface SlotOption {
  startsAt: string;
  endsAt: string;
}

export interface SlotDay {
  /** yyyy-mm-dd in the viewer's time zone: a stable key. */
  key: string;
  /** "Monday 23 November". */
  label: string;
  slots: (SlotOption & { time: string })[];
}

/** Slots grouped by the day they fall on in `timeZone` (the customer's), in order, each with its time of day there. */
export function groupSlotsByDay(slots: readonly SlotOption[], timeZone: string, locale?: string): SlotDay[] {
  const keyFormat = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const dayFormat = new Intl.DateTimeFormat(locale, { timeZone, weekday: "long", day: "numeric", month: "long" });
  const timeFormat = new Intl.DateTimeFormat(locale, { timeZone, hour: "numeric", minute: "2-digit" });
  const days: SlotDay[] = [];
  for (const slot of slots) {
    const date = new Date(slot.startsAt);
    const key = keyFormat.format(date);
    let day = days.at(-1);
    if (day?.key !== key) {
      day = { key, label: dayFormat.format(date), slots: [] };
      days.push(day);
    }
    day.slots.push({ ...slot, time: timeFormat.format(date) });
  }
  return days;
}
