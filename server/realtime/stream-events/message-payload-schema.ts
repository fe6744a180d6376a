import { z } from "zod";

/** A field read leniently: what does not fit (an older row, a hand edit) reads as absent rather than failing the whole message. */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/**
 * What a stored message keeps besides its text (the `payload` JSON column):
 * where a bot line came from and how the chat renders it, and on system
 * lines the event they record. Written by bot-message-payload, save-turn and
 * the handoff services; read through this schema.
 */
export const messagePayloadSchema = z.object({
  nodeId: lenient(z.string()),
  /** "status" on lines announcing a status change; also "introduction", "transfer", … */
  event: lenient(z.string()),
  /** The conversation status (as stored, upper case) a status line announces. */
  status: lenient(z.enum(["BOT", "QUEUED", "ASSIGNED", "CALLBACK_SCHEDULED", "RESOLVED", "ABANDONED"])),
  change: lenient(z.string()),
  choices: lenient(z.array(z.object({ id: z.string(), label: z.string() }))),
  articles: lenient(z.array(z.object({ id: z.string(), title: z.string(), body: z.string() }))),
  inputKind: lenient(z.string()),
  agentName: lenient(z.string()),
});
export type MessagePayload = z.infer<typeof messagePayloadSchema>;

/** A stored payload as the schema reads it; anything that is not an object reads as empty. */
export function readMessagePayload(payload: unknown): MessagePayload {
  const parsed = messagePayloadSchema.safeParse(payload ?? {});
  return parsed.success ? parsed.data : {};
}
