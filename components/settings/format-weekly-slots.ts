const dayNames = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** Every day from 00:00 to 24:00: what the "Open 24/7" button saves. */
export function isAroundTheClock(slots: { day: number; open: string; close: string }[]): boolean {
  return [1, 2, 3, 4, 5, 6, 7].every((day) => slots.some((slot) => slot.day === day && slot.open === "00:00" && slot.close === "24:00"));
}

/** "Mon–Fri 09:00–12:00 & 13:00–17:00, Sat 10:00–14:00": a day's slots together, consecutive days with the same hours joined. */
export function formatWeeklySlots(slots: { day: number; open: string; close: string }[]): string {
  if (isAroundTheClock(slots)) return "Open 24/7";
  const sorted = [...slots].sort((a, b) => a.day - b.day || a.open.localeCompare(b.open));
  const byDay = new Map<number, string[]>();
  for (const slot of sorted) byDay.set(slot.day, [...(byDay.get(slot.day) ?? []), `${slot.open}–${slot.close}`]);
  const runs: { from: number; to: number; hours: string }[] = [];
  for (const [day, ranges] of byDay) {
    const hours = ranges.join(" & ");
    const last = runs.at(-1);
    if (last && last.hours === hours && last.to === day - 1) last.to = day;
    else runs.push({ from: day, to: day, hours });
  }
  return runs.map((run) => `${dayNames[run.from]}${run.to > run.from ? `–${dayNames[run.to]}` : ""} ${run.hours}`).join(", ");
}
