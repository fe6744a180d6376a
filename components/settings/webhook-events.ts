import type { WebhookEventType } from "@/server/notifications/webhook-schemas";

/** The events an endpoint can subscribe to, as the settings page names them. */
export const webhookEvents = [
  { type: "handoff.requested", label: "Handoff requested", explanation: "A customer is waiting for a person (queued for a team)." },
  { type: "handoff.accepted", label: "Handoff accepted", explanation: "An agent took the conversation, or it was assigned automatically." },
  { type: "conversation.resolved", label: "Conversation resolved", explanation: "An agent resolved the conversation." },
  { type: "callback.scheduled", label: "Callback scheduled", explanation: "A customer booked a phone call back." },
] as const satisfies readonly { type: WebhookEventType; label: string; explanation: string }[];

export const allWebhookEvents: WebhookEventType[] = webhookEvents.map((event) => event.type);

/** The types of `types` this page can offer (an endpoint's stored list, as the form's initial value). */
export function knownWebhookEvents(types: string[]): WebhookEventType[] {
  return allWebhookEvents.filter((type) => types.includes(type));
}

/** An event's label; the test event and types this build does not know yet are shown as sent. */
export function webhookEventLabel(type: string): string {
  if (type === "webhook.test") return "Test event";
  return webhookEvents.find((event) => event.type === type)?.label ?? type;
}
