import { z } from "zod";

/** POST /api/v1/flows: import a flow document as a new draft. */
export const importFlowInputSchema = z.object({
  name: z.string().trim().min(1, "name is required.").max(100),
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "slug: lower-case letters, digits and dashes.")
    .optional(),
  document: z.unknown(),
});

export const conversationStatusFilterSchema = z.enum(["bot", "queued", "assigned", "callback_scheduled", "resolved", "abandoned"]).optional();
