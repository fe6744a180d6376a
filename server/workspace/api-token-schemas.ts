import { z } from "zod";

/** What the token is for ("deploy script", "Zapier"): shown in the list, so people can tell what they revoke. */
export const apiTokenNameSchema = z
  .string({ error: "Name the token after what will use it, like “deploy script”." })
  .trim()
  .min(1, { error: "Name the token after what will use it, like “deploy script”.", abort: true })
  .max(60, { error: "Keep the name to 60 characters or fewer.", abort: true })
  .regex(/^[^\p{Cc}]*$/u, "Use one line of text: no line breaks or control characters.");

export const createApiTokenInputSchema = z.object({ name: apiTokenNameSchema });
export type CreateApiTokenInput = z.infer<typeof createApiTokenInputSchema>;

export const apiTokenIdInputSchema = z.object({ tokenId: z.string().min(1, "Choose a token.") });
export type ApiTokenIdInput = z.infer<typeof apiTokenIdInputSchema>;
