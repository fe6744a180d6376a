import "server-only";
import { customerMessageInputSchema, MAX_MESSAGE_LENGTH } from "../../../conversations/chat-input-schemas";
import { postCustomerMessage } from "../../../conversations/post-customer-message";
import { endpoint } from "../endpoint";
import { HttpError } from "../rest-error";

/** A message over the limit is 413 with its length, not a schema error: the client can say how much to cut. */
function refuseLongText(raw: Record<string, unknown>) {
  const text = raw.text;
  if (typeof text === "string" && text.length > MAX_MESSAGE_LENGTH) {
    throw new HttpError(
      413,
      "message_too_long",
      `Messages can be at most ${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters; this one has ${text.length.toLocaleString("en")}.`,
    );
  }
}

/** POST /api/v1/chat/sessions/{sessionId}/messages — a customer message (idempotent by clientMessageId). */
export const postChatMessage = endpoint({
  auth: "customer",
  body: { schema: customerMessageInputSchema, maxBytes: 64 * 1024, precheck: refuseLongText },
  limits: ["perSession"],
  requestKey: (body) => ({ kind: "message", key: body.clientMessageId }),
  handle: async ({ runtime, conversation, body }) => Response.json(await postCustomerMessage(runtime, conversation, body)),
});
