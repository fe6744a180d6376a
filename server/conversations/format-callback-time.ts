const formatters = new Map<string, Intl.DateTimeFormat>();

/** "Tue 24 Nov, 10:00" on the wall clock of `timeZone` (how the callback line and the inbox show a slot). */
export function formatCallbackTime(instant: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(instant).replace(/,? (\d{2}:\d{2})$/, ", $1");
}

/** A time zone Intl knows (IANA names such as Europe/London, or UTC). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
