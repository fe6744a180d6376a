import { z } from "zod";
import { overlayDaysSchema } from "../flow-overlay/flow-overlay-schemas";

export const listUnrecognisedInputSchema = z.object({
  /** One flow, or all the workspace's flows. */
  flowId: z.string().min(1).max(100).nullish(),
  days: overlayDaysSchema.default(30),
});
export type ListUnrecognisedInput = z.input<typeof listUnrecognisedInputSchema>;

export const dismissUnrecognisedInputSchema = z.object({
  flowId: z.string().min(1).max(100),
  phraseKey: z.string().max(200),
});
export type DismissUnrecognisedInput = z.infer<typeof dismissUnrecognisedInputSchema>;

export const addExamplePhraseInputSchema = z.object({
  flowId: z.string().min(1).max(100),
  /** The Understand step of the flow's draft, and one of its intents. */
  nodeId: z.string().min(1).max(100),
  intentId: z.string().min(1).max(100),
  text: z.string().trim().min(1, "The phrase is empty.").max(300, "An example phrase has at most 300 characters."),
});
export type AddExamplePhraseInput = z.infer<typeof addExamplePhraseInputSchema>;

/** One aggregate row of the unrecognised query. */
export const unrecognisedRowSchema = z.object({
  flowId: z.string(),
  phraseKey: z.string(),
  count: z.coerce.number().int(),
  conversations: z.coerce.number().int(),
  lastAt: z.coerce.date(),
  /** The latest wordings with their conversations (newest first, up to five). */
  samples: z.array(z.object({ conversationId: z.string(), text: z.string(), guess: z.string().nullable() })),
});
export type UnrecognisedRow = z.infer<typeof unrecognisedRowSchema>;
