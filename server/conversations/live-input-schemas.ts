import { z } from "zod";

/** POST /api/v1/chat/sessions/{id}/typing: the customer started or stopped typing. */
export const customerTypingInputSchema = z.object({ typing: z.boolean() }).strict();
export type CustomerTypingInput = z.infer<typeof customerTypingInputSchema>;

/** POST /api/v1/chat/sessions/{id}/read: the customer has seen every message up to `seq`. */
export const customerReadInputSchema = z.object({ seq: z.number().int().nonnegative().max(2_147_483_647) }).strict();
export type CustomerReadInput = z.infer<typeof customerReadInputSchema>;
