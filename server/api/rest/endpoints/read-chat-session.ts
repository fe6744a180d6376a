import "server-only";
import { emailOptions } from "../../../conversations/email-options";
import { readTranscript } from "../../../conversations/read-transcript";
import { endpoint } from "../endpoint";

/** GET /api/v1/chat/sessions/{sessionId} — the customer's transcript and status, and whether e-mail is on offer. */
export const readChatSession = endpoint({
  auth: "customer",
  handle: async ({ runtime, conversation }) => {
    const [transcript, email] = await Promise.all([readTranscript(runtime.db, conversation.id), emailOptions(runtime, conversation.id)]);
    return Response.json({ ...transcript, email });
  },
});
