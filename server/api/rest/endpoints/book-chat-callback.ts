import "server-only";
import { bookCustomerCallback } from "../../../conversations/book-customer-callback";
import { bookCallbackInputSchema } from "../../../conversations/end-of-chat-schemas";
import { endpoint } from "../endpoint";

/** POST /api/v1/chat/sessions/{sessionId}/callback — the customer books a callback at one of the offered slots. */
export const bookChatCallback = endpoint({
  auth: "customer",
  body: { schema: bookCallbackInputSchema, maxBytes: 4 * 1024 },
  limits: ["perSession"],
  handle: async ({ runtime, conversation, body }) => Response.json(await bookCustomerCallback(runtime, conversation, body), { status: 201 }),
});
