const MINUTE = 60_000;

/**
 * How long since `since`, short enough for a list row: "under a minute",
 * "3 min", "1 h 5 min", "2 days". Clock skew (a future `since`) reads as
 * "under a minute" rather than a negative wait.
 */
export function formatWait(since: Date, now: Date): string {
  const minutes = Math.floor(Math.max(0, now.getTime() - since.getTime()) / MINUTE);
  if (minutes < 1) return "under a minute";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest ? `${hours} h ${rest} min` : `${hours} h`;
  }
  const days = Math.floor(hours / 24);
  return days === 1 ? "1 day" : `${days} days`;
}

/** How urgent a wait is, for colour: calm under 2 min, warning under 5, then urgent. */
export function waitUrgency(since: Date, now: Date): "calm" | "warning" | "urgent" {
  const minutes = (now.getTime() - since.getTime()) / MINUTE;
  return minutes >= 5 ? "urgent" : minutes >= 2 ? "warning" : "calm";
}
