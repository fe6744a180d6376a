import { z } from "zod";
import { webhookTranscriptModeSchema } from "./webhook-payload-schemas";

/** The events an endpoint can subscribe to (docs/webhooks.md describes each). */
export const webhookEventTypes = ["handoff.requested", "handoff.accepted", "conversation.resolved", "callback.scheduled"] as const;
export const webhookEventTypeSchema = z.enum(webhookEventTypes, { error: "Choose events from the list." });
export type WebhookEventType = z.infer<typeof webhookEventTypeSchema>;

/** What "Send test event" sends; endpoints need not subscribe to it. */
export const TEST_EVENT_TYPE = "webhook.test";

/**
 * http(s) only: a webhook is a POST, and other schemes (ftp:, javascript:, file:) are refused before anything is stored.
 * Where it may point (no internal addresses) depends on the server's settings: createWebhookEndpoint checks that.
 */
export const webhookUrlSchema = z
  .string({ error: "Enter the URL that should receive the events." })
  .trim()
  .min(1, { error: "Enter the URL that should receive the events, like https://example.com/tandem-webhook.", abort: true })
  .max(2000, { error: "Keep the URL under 2,000 characters.", abort: true })
  .refine((value) => URL.canParse(value), "That isn't a URL. Enter a full address, like https://example.com/tandem-webhook.")
  .refine((value) => !URL.canParse(value) || ["http:", "https:"].includes(new URL(value).protocol), "Only http:// and https:// URLs can receive webhooks.")
  .refine(
    (value) => !URL.canParse(value) || !(new URL(value).username || new URL(value).password),
    "Leave credentials out of the URL; check the signature header instead.",
  );

const descriptionSchema = z.string({ error: "Enter a description." }).trim().max(200, "Keep the description under 200 characters.");
const eventsSchema = z
  .array(webhookEventTypeSchema, { error: "Choose at least one event." })
  .min(1, "Choose at least one event.")
  .transform((events) => [...new Set(events)]);

export const webhookIdInputSchema = z.object({ endpointId: z.string().min(1, "Choose an endpoint.") });
export type WebhookIdInput = z.infer<typeof webhookIdInputSchema>;

export const createWebhookInputSchema = z.object({
  url: webhookUrlSchema,
  description: descriptionSchema.default(""),
  events: eventsSchema,
  enabled: z.boolean().default(true),
  /** What handoff and resolve events carry of the transcript: nothing, a signed link (the default) or the messages. */
  transcript: webhookTranscriptModeSchema.default("link"),
});
export type CreateWebhookInput = z.infer<typeof createWebhookInputSchema>;

export const updateWebhookInputSchema = createWebhookInputSchema.extend({ endpointId: z.string().min(1, "Choose an endpoint.") });
export type UpdateWebhookInput = z.infer<typeof updateWebhookInputSchema>;

export const deliveryIdInputSchema = z.object({ deliveryId: z.string().min(1, "Choose a delivery.") });
export type DeliveryIdInput = z.infer<typeof deliveryIdInputSchema>;
