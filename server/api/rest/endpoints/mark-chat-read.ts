import "server-only";
import { customerReadInputSchema } from "../../../conversations/live-input-schemas";
import { markCustomerRead } from "../../../conversations/mark-customer-read";
import { endpoint } from "../endpoint";

/** POST /api/v1/chat/sessions/{sessionId}/read — the customer has seen every message up to a seq. */
export const markChatRead = endpoint({
  auth: "customer",
  body: { schema: customerReadInputSchema, maxBytes: 1024 },
  handle: async ({ runtime, conversation, body }) => {
    await markCustomerRead(runtime, conversation.id, body.seq);
    return new Response(null, { status: 204 });
  },
});
