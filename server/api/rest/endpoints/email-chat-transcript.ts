import "server-only";
import { emailTranscriptInputSchema } from "../../../conversations/end-of-chat-schemas";
import { emailTranscript } from "../../../conversations/email-transcript";
import { endpoint } from "../endpoint";

/** POST /api/v1/chat/sessions/{sessionId}/transcript/email — the chat's transcript e-mailed to the customer (at most 3 per chat). */
export const emailChatTranscript = endpoint({
  auth: "customer",
  body: { schema: emailTranscriptInputSchema, maxBytes: 4 * 1024 },
  limits: ["perSession"],
  handle: async ({ runtime, conversation, body }) => Response.json(await emailTranscript(runtime, conversation, body)),
});
