import { z } from "zod";
import { MAX_MESSAGE_LENGTH } from "../conversations/chat-input-schemas";

/** One Message-ID as a header carries it, with its angle brackets (added when a provider strips them). */
const messageId = z
  .string()
  .trim()
  .max(998, "a Message-ID is at most 998 characters")
  .transform((id) => (id.startsWith("<") ? id : `<${id}>`))
  .pipe(z.string().regex(/^<[^<>\s@]+@[^<>\s@]+>$/, "must be a Message-ID like <id@host>"));

/** A header that lists Message-IDs (In-Reply-To, References): a string as the header had it, or an array. */
const messageIds = z
  .union([z.string().max(20_000), z.array(z.string().max(998)).max(200)])
  .transform((value) => (Array.isArray(value) ? value : (value.match(/<[^<>\s]+>/g) ?? [])))
  .pipe(z.array(messageId));

/** "Pat <Pat@Example.com>" or "pat@example.com" → the address, lower case. */
const address = z
  .string()
  .trim()
  .max(320)
  .transform((value) => (/<([^<>\s]+@[^<>\s]+)>/.exec(value)?.[1] ?? value).toLowerCase())
  .pipe(z.email("must be an e-mail address like pat@example.com"));

/**
 * A customer's e-mail as a mail provider's inbound webhook (or a Postfix pipe
 * script) posts it to POST /api/v1/inbound-email: the plain-text body and the
 * threading headers; attachments and HTML are not read.
 */
export const inboundEmailSchema = z
  .object({
    from: address,
    to: z.string().trim().max(2_000),
    subject: z.string().max(2_000).default(""),
    /** The plain-text body, quoted history included (it is stripped here); at most 64 KB. */
    text: z.string().max(65_536, "text is at most 65536 characters"),
    messageId,
    inReplyTo: messageIds.optional(),
    references: messageIds.optional(),
  })
  .strict();
export type InboundEmail = z.infer<typeof inboundEmailSchema>;

/** The longest stripped reply kept as one message (the chat's own limit). */
export const MAX_INBOUND_TEXT = MAX_MESSAGE_LENGTH;
