import { z } from "zod";
import { MessageAuthor } from "../../db/generated/enums";

/**
 * A Message row as a statement returns it through `to_jsonb(…)`: createdAt is
 * a `timestamp` (UTC, no zone) in JSON's text form, read back as a Date.
 */
export const storedMessageJsonSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  author: z.enum(MessageAuthor),
  text: z.string(),
  payload: z.unknown(),
  createdAt: z.string().transform((text) => new Date(`${text}Z`)),
});
