import { reasonLabel } from "@/server/engine/reason-label";

const outcomes = new Map([
  ["RESOLVED", "Resolved by a person"],
  ["HANDED_BACK", "Handed back to the bot"],
  ["TRANSFERRED", "Transferred"],
  ["NO_AGENT", "Nobody was free"],
  ["CALLBACK", "Callback booked"],
  ["ABANDONED", "Customer left"],
]);
const statuses = new Map([
  ["BOT", "With the bot"],
  ["QUEUED", "Waiting for a person"],
  ["ASSIGNED", "With a person"],
  ["CALLBACK_SCHEDULED", "Callback booked"],
  ["RESOLVED", "Resolved"],
  ["ABANDONED", "Customer left"],
]);

/** How a past conversation reads in a contact's history: why it reached a person (or "Bot only") and how it ended. */
export function conversationOutcome(row: { reason: string | null; outcome: string | null; status: string }) {
  return {
    reason: row.reason ? (reasonLabel(row.reason) ?? row.reason) : "Bot only",
    outcome: (row.outcome ? outcomes.get(row.outcome) : undefined) ?? statuses.get(row.status) ?? row.status,
  };
}
