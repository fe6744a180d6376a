import { z } from "zod";

export const SHORTCUT_MAX = 32;
export const TITLE_MAX = 80;
export const TEXT_MAX = 2000;

/**
 * What agents type after "/" in the composer. Stored normalised — trimmed,
 * without the leading "/" an admin naturally types, lower-case — so "/Refund"
 * and "refund" are the same shortcut and the unique index catches twins.
 */
export const shortcutSchema = z
  .string({ error: "Enter a shortcut, like refund." })
  .trim()
  .overwrite((value) => value.replace(/^\/+/, "").toLowerCase())
  .min(1, { error: "Enter a shortcut, like refund: agents type it after “/”.", abort: true })
  .max(SHORTCUT_MAX, { error: `Keep the shortcut to ${SHORTCUT_MAX} characters or fewer.`, abort: true })
  .regex(/^[a-z0-9-]+$/, "Use only lower-case letters, digits and dashes, like refund-policy (no spaces).");

export const cannedReplyTitleSchema = z
  .string({ error: "Enter a title." })
  .trim()
  .min(1, { error: "Enter a title agents recognise in the “/” menu, like Refund policy.", abort: true })
  .max(TITLE_MAX, `Keep the title to ${TITLE_MAX} characters or fewer.`);

export const cannedReplyTextSchema = z
  .string({ error: "Enter the reply's text." })
  .trim()
  .min(1, { error: "Enter the text agents insert.", abort: true })
  .max(TEXT_MAX, `Keep the text to ${TEXT_MAX.toLocaleString("en")} characters or fewer.`);

const cannedReplyIdSchema = z.string({ error: "Choose a canned reply." }).min(1, "Choose a canned reply.");

export const createCannedReplyInputSchema = z.object({
  shortcut: shortcutSchema,
  title: cannedReplyTitleSchema,
  text: cannedReplyTextSchema,
});
export type CreateCannedReplyInput = z.infer<typeof createCannedReplyInputSchema>;

/** A reply as a whole: the form always sends every field. */
export const updateCannedReplyInputSchema = createCannedReplyInputSchema.extend({ cannedReplyId: cannedReplyIdSchema });
export type UpdateCannedReplyInput = z.infer<typeof updateCannedReplyInputSchema>;

export const cannedReplyIdInputSchema = z.object({ cannedReplyId: cannedReplyIdSchema });
export type CannedReplyIdInput = z.infer<typeof cannedReplyIdInputSchema>;
