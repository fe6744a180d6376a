import { z } from "zod";
import { customerIdentitySchema } from "../contacts/identity-schemas";

export const MAX_MESSAGE_LENGTH = 4000;

const clientMessageId = z.string().trim().min(1, "clientMessageId is required (any unique string, e.g. a UUID).").max(100);

/** POST /api/v1/chat/sessions/{id}/messages: a typed message or a pressed choice. */
export const customerMessageInputSchema = z.union([
  z.object({ clientMessageId, text: z.string().trim().min(1, "text must not be empty.").max(MAX_MESSAGE_LENGTH) }).strict(),
  z.object({ clientMessageId, choice: z.string().min(1).max(100) }).strict(),
]);
export type CustomerMessageInput = z.infer<typeof customerMessageInputSchema>;

/** POST /api/v1/chat/sessions/{id}/handoff (optional body): a key that makes a retried press answer what the first one did. */
export const handoffInputSchema = z
  .object({ clientRequestId: z.string().trim().min(1, "clientRequestId must not be empty (any unique string, e.g. a UUID).").max(100).optional() })
  .strict();

/** POST /api/v1/chat/{slug}/sessions (optional body). */
export const startChatInputSchema = z
  .object({ channel: z.enum(["web", "widget", "api"]).default("api"), customer: customerIdentitySchema.optional() })
  .strict();

/** POST /api/v1/chat/sessions/{id}/identify: who the customer is, as the host site says (the widget's Tandem.identify). */
export const identifyInputSchema = z
  .object({
    customer: customerIdentitySchema,
    /** Earlier chats of this browser (their own tokens prove it): anonymous ones join the customer too. */
    earlier: z
      .array(z.object({ sessionId: z.string().min(1).max(100), token: z.string().min(1).max(200) }).strict())
      .max(5, "Send at most 5 earlier sessions.")
      .default([]),
  })
  .strict();
export type IdentifyInput = z.infer<typeof identifyInputSchema>;
