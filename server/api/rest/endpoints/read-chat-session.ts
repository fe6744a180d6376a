import "server-only";
import { readTranscript } from "../../../conversations/read-transcript";
import { endpoint } from "../endpoint";

/** GET /api/v1/chat/sessions/{sessionId} — the customer's transcript and status. */
export const readChatSession = endpoint({
  auth: "customer",
  handle: async ({ runtime, conversation }) => Response.json(await readTranscript(runtime.db, conversation.id)),
});
