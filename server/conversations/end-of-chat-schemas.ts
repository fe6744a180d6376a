import { z } from "zod";

export const MAX_RATING_COMMENT = 1000;

/** POST /api/v1/chat/sessions/{id}/callback: the customer books a call at one of the offered slots. */
export const bookCallbackInputSchema = z
  .object({
    phone: z
      .string({ error: "Enter the number we should call." })
      .trim()
      .min(1, "Enter the number we should call.")
      .max(40, "That number is too long — keep it under 40 characters."),
    startsAt: z.iso.datetime({ offset: true, error: "Choose one of the times offered." }),
    /** The customer's time zone (shown in the confirmation). */
    timeZone: z.string().trim().min(1).max(64).optional(),
    note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").optional(),
  })
  .strict();
export type BookCallbackInput = z.infer<typeof bookCallbackInputSchema>;

/** POST /api/v1/chat/sessions/{id}/rating: 1–5 stars and an optional comment, once the chat has ended. */
export const rateChatInputSchema = z
  .object({
    rating: z
      .number({ error: "Choose from 1 to 5 stars." })
      .int("Choose from 1 to 5 stars.")
      .min(1, "Choose from 1 to 5 stars.")
      .max(5, "Choose from 1 to 5 stars."),
    comment: z
      .string()
      .trim()
      .max(MAX_RATING_COMMENT, `Keep the comment under ${MAX_RATING_COMMENT.toLocaleString("en")} characters.`)
      .optional(),
  })
  .strict();
export type RateChatInput = z.infer<typeof rateChatInputSchema>;

/** POST /api/v1/chat/sessions/{id}/transcript/email: the chat's transcript sent to this address. */
export const emailTranscriptInputSchema = z
  .object({
    email: z
      .string({ error: "Enter the e-mail address to send the transcript to." })
      .trim()
      .min(1, "Enter the e-mail address to send the transcript to.")
      .max(254, "That e-mail address is too long.")
      .pipe(z.email({ error: "Enter a valid e-mail address, like name@example.com." })),
  })
  .strict();
export type EmailTranscriptInput = z.infer<typeof emailTranscriptInputSchema>;
