import { z } from "zod";

/** The conversation statuses as the public API spells them; `awaiting_email`: queued for the team, who will reply by e-mail. */
export const chatStatusSchema = z.enum(["bot", "queued", "awaiting_email", "assigned", "callback_scheduled", "resolved", "abandoned"]);
export type ChatStatus = z.infer<typeof chatStatusSchema>;

/** A transcript message as customers (and the public API) see it: no internal ids or node names. */
export const publicMessageSchema = z.object({
  id: z.string(),
  seq: z.number().int().nonnegative(),
  author: z.enum(["customer", "bot", "agent", "system"]),
  text: z.string(),
  choices: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
  articles: z.array(z.object({ id: z.string(), title: z.string(), body: z.string() })).optional(),
  inputKind: z.string().optional(),
  agentName: z.string().optional(),
  /** On system lines that announce a status change. */
  status: chatStatusSchema.optional(),
  createdAt: z.string(),
});
export type PublicMessage = z.infer<typeof publicMessageSchema>;
