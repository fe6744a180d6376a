import "server-only";
import { rateChatInputSchema } from "../../../conversations/end-of-chat-schemas";
import { rateChat } from "../../../conversations/rate-chat";
import { endpoint } from "../endpoint";

/** POST /api/v1/chat/sessions/{sessionId}/rating — 1–5 stars and an optional comment once the chat has ended. */
export const rateChatSession = endpoint({
  auth: "customer",
  body: { schema: rateChatInputSchema, maxBytes: 8 * 1024 },
  limits: ["perSession"],
  handle: async ({ runtime, conversation, body }) => Response.json(await rateChat(runtime, conversation, body)),
});
