import type { InboxPresence } from "./inbox-types";

/** Without a keystroke, click or touch in any inbox tab for this long, an Online agent is set Away: no new conversations. */
export const AWAY_AFTER_IDLE_MS = 10 * 60_000;
/** …and this long, Offline: what they hold but have not answered goes back to the queue. */
export const OFFLINE_AFTER_IDLE_MS = 30 * 60_000;

/** What an agent's presence becomes after `idleMs` without activity; null: leave it. Only ever downwards, never back online by itself. */
export function idlePresence(presence: InboxPresence | undefined, idleMs: number): InboxPresence | null {
  if (presence === "ONLINE" && idleMs >= OFFLINE_AFTER_IDLE_MS) return "OFFLINE";
  if (presence === "ONLINE" && idleMs >= AWAY_AFTER_IDLE_MS) return "AWAY";
  if (presence === "AWAY" && idleMs >= OFFLINE_AFTER_IDLE_MS) return "OFFLINE";
  return null;
}
