import "server-only";
import { emailFollowUpInputSchema } from "../../../conversations/follow-up-schemas";
import { leaveEmailFollowUp } from "../../../conversations/leave-email-follow-up";
import { endpoint } from "../endpoint";

/** POST /api/v1/chat/sessions/{sessionId}/follow-up — nobody is free: the customer leaves a message and the address for an e-mail reply. */
export const leaveChatFollowUp = endpoint({
  auth: "customer",
  body: { schema: emailFollowUpInputSchema, maxBytes: 64 * 1024 },
  limits: ["perSession"],
  handle: async ({ runtime, conversation, body }) => Response.json(await leaveEmailFollowUp(runtime, conversation, body), { status: 201 }),
});
