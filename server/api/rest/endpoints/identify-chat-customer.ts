import "server-only";
import { identifyConversation } from "../../../contacts/identify-conversation";
import { identifyInputSchema } from "../../../conversations/chat-input-schemas";
import { endpoint } from "../endpoint";
import { HttpError } from "../rest-error";

/** POST /api/v1/chat/sessions/{sessionId}/identify — the host site names the customer (refused without a valid signature when the workspace verifies). */
export const identifyChatCustomer = endpoint({
  auth: "customer",
  body: { schema: identifyInputSchema, maxBytes: 16 * 1024 },
  limits: ["perSession"],
  handle: async ({ runtime, conversation, body }) => {
    const result = await identifyConversation(runtime, conversation, body.customer, body.earlier);
    if (!result.accepted) throw new HttpError(403, result.code, result.message);
    return Response.json({ identity: { accepted: true, verified: result.verified } });
  },
});
