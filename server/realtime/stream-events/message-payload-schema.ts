import { z } from "zod";

/** A field read leniently: what does not fit (an older row, a hand edit) reads as absent rather than failing the whole message. */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** An e-mail copy of a message: `sending` until the SMTP server took it (`sent`, with its Message-ID) or refused it (`failed`, with why). */
export const emailDeliverySchema = z.object({
  to: z.string(),
  state: z.enum(["sending", "sent", "failed"]),
  messageId: z.string().optional(),
  at: z.string().optional(),
  error: z.string().optional(),
});
export type EmailDelivery = z.infer<typeof emailDeliverySchema>;

/**
 * What a stored message keeps besides its text (the `payload` JSON column):
 * where a bot line came from and how the chat renders it, and on system
 * lines the event they record. Written by bot-message-payload, save-turn and
 * the handoff services; read through this schema.
 */
export const messagePayloadSchema = z.object({
  /** The node a bot line came from. */
  nodeId: lenient(z.string().nullable()),
  /** On a customer's pressed choice: its id (the text is its label). */
  choiceId: lenient(z.string()),
  /** What a system (or introducing bot) line records: a status change, an agent's introduction, a transfer to an agent. */
  event: lenient(z.enum(["status", "introduction", "transfer"])),
  /** The conversation status (as stored, upper case) a status line announces. */
  status: lenient(z.enum(["BOT", "QUEUED", "ASSIGNED", "CALLBACK_SCHEDULED", "RESOLVED", "ABANDONED"])),
  /** Why the status changed (transferred, requeued, agent_joined, callback_scheduled, …). */
  change: lenient(z.string()),
  choices: lenient(z.array(z.object({ id: z.string(), label: z.string() }))),
  articles: lenient(z.array(z.object({ id: z.string(), title: z.string(), body: z.string() }))),
  inputKind: lenient(z.string()),
  /** The name the customer saw on an agent's message or an agent's joining. */
  agentName: lenient(z.string()),
  /** On a booked callback's line: which callback, when, in which time zone. */
  callbackId: lenient(z.string()),
  dueAt: lenient(z.string()),
  timeZone: lenient(z.string()),
  /** On a message that also went by e-mail (an agent's reply to an e-mail follow-up, the customer's acknowledged follow-up): to whom, and how it went. */
  email: lenient(emailDeliverySchema),
  /** On a customer's message that arrived as an answer to a follow-up e-mail (POST /api/v1/inbound-email): from whom, its Message-ID (later replies reference it), when. */
  viaEmail: lenient(z.object({ from: z.string(), messageId: z.string(), at: z.string() })),
});
export type MessagePayload = z.infer<typeof messagePayloadSchema>;

/** A stored payload as the schema reads it; anything that is not an object reads as empty. */
export function readMessagePayload(payload: unknown): MessagePayload {
  const parsed = messagePayloadSchema.safeParse(payload ?? {});
  return parsed.success ? parsed.data : {};
}
