import "server-only";
import { customerTypingInputSchema } from "../../../conversations/live-input-schemas";
import { signalCustomerTyping } from "../../../conversations/signal-customer-typing";
import { endpoint } from "../endpoint";

/** POST /api/v1/chat/sessions/{sessionId}/typing — the customer started or stopped typing (not stored; not counted against the message limit). */
export const signalChatTyping = endpoint({
  auth: "customer",
  body: { schema: customerTypingInputSchema, maxBytes: 1024 },
  handle: async ({ runtime, conversation, body }) => {
    await signalCustomerTyping(runtime, conversation, body.typing);
    return new Response(null, { status: 204 });
  },
});
