import type { HandoffReason } from "./turn-types";

/** Every reason has a label: a new one does not compile until it is named here ("transfer" is the inbox's, "email_reply" the inbound e-mail's). */
const labels: Record<HandoffReason | "transfer" | "email_reply", string> = {
  explicit_request: "Asked for a person",
  button: "Pressed Talk to a person",
  sentiment: "Frustrated",
  low_confidence: "Bot didn't understand",
  repeated: "Repeated themselves",
  topic_rule: "Topic rule",
  flow: "Reached a handoff",
  repeat_contact: "Needed a person recently",
  new_customer: "New customer",
  transfer: "Transferred",
  email_reply: "Answered by e-mail",
};

/**
 * Why a conversation left the bot, in the words an agent scans for
 * ("Frustrated", "Bot didn't understand"); null when there is no reason.
 * A code this build does not know yet is shown humanised rather than hidden.
 */
export function reasonLabel(reason: string | null | undefined): string | null {
  if (!reason) return null;
  const known = Object.hasOwn(labels, reason) ? labels[reason as keyof typeof labels] : undefined;
  if (known) return known;
  const words = reason.replace(/[_-]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : null;
}
