import "server-only";
import { listCustomerCallbackSlots } from "../../../conversations/list-callback-slots";
import { endpoint } from "../endpoint";

/** GET /api/v1/chat/sessions/{sessionId}/callback-slots — the times a callback can be booked at (inside the team's business hours). */
export const listChatCallbackSlots = endpoint({
  auth: "customer",
  handle: async ({ runtime, conversation }) => Response.json(await listCustomerCallbackSlots(runtime, conversation)),
});
