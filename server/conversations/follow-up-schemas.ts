import { z } from "zod";
import { MAX_MESSAGE_LENGTH } from "./chat-input-schemas";

/** POST /api/v1/chat/sessions/{id}/follow-up: nobody is free, so the customer leaves a message and the address for the reply. */
export const emailFollowUpInputSchema = z
  .object({
    clientMessageId: z.string().trim().min(1, "clientMessageId is required (any unique string, e.g. a UUID).").max(100),
    email: z
      .string({ error: "Enter the e-mail address we should reply to." })
      .trim()
      .min(1, "Enter the e-mail address we should reply to.")
      .max(254, "That e-mail address is too long.")
      .pipe(z.email({ error: "Enter a valid e-mail address, like name@example.com." })),
    text: z
      .string({ error: "Write your message." })
      .trim()
      .min(1, "Write your message.")
      .max(MAX_MESSAGE_LENGTH, `Keep your message under ${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters.`),
  })
  .strict();
export type EmailFollowUpInput = z.infer<typeof emailFollowUpInputSchema>;
