const dayNames = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** Every day from 00:00 to 24:00: what the "Open 24/7" button saves. */
export function isAroundTheClock(slots: { day: number; open: string; close: string }[]): boolean {
  return [1, 2, 3, 4, 5, 6, 7].every((day) => slots.some((slot) => slot.day === day && slot.open === "00:00" && slot.close === "24:00"));
}

/** "Mon–Fri 09:00–17:00, Sat 10:00–14:00": consecutive days with the same hours are joined. */
export function formatWeeklySlots(slots: { day: number; open: string; close: string }[]): string {
  if (isAroundTheClock(slots)) return "Open 24/7";
  const sorted = [...slots].sort((a, b) => a.day - b.day || a.open.localeCompare(b.open));
  const runs: { from: number; to: number; hours: string }[] = [];
  for (const slot of sorted) {
    const hours = `${slot.open}–${slot.close}`;
    const last = runs.at(-1);
    if (last && last.hours === hours && last.to === slot.day - 1) last.to = slot.day;
    else runs.push({ from: slot.day, to: slot.day, hours });
  }
  return runs
    .map((run) => `${dayNames[run.from]}${run.to > run.from ? `–${dayNames[run.to]}` : ""} ${run.hours}`)
    .join(", ");
}
