import { z } from "zod";
import { chatStatusSchema, publicMessageSchema } from "./public-message-schema";

/**
 * What a customer endpoint that ran a turn answers (POST …/messages,
 * …/handoff): the status, the messages it wrote other than the customer's
 * own, and — when it queued the conversation — the handoff with the live
 * place in line.
 */
export const turnResponseSchema = z.object({
  status: chatStatusSchema,
  messages: z.array(publicMessageSchema),
  handoff: z
    .object({
      kind: z.string(),
      reason: z.string(),
      team: z.string().nullable(),
      position: z.number(),
      estimatedWaitSeconds: z.number(),
    })
    .optional(),
});
export type TurnResponse = z.infer<typeof turnResponseSchema>;
