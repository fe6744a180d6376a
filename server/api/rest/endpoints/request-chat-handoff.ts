import "server-only";
import { handoffInputSchema } from "../../../conversations/chat-input-schemas";
import { requestHuman } from "../../../conversations/request-human";
import { endpoint } from "../endpoint";

/** POST /api/v1/chat/sessions/{sessionId}/handoff — the "Talk to a person" button (idempotent by an optional clientRequestId). */
export const requestChatHandoff = endpoint({
  auth: "customer",
  body: { schema: handoffInputSchema, maxBytes: 1024, optional: true },
  limits: ["perSession"],
  requestKey: (body) => (body.clientRequestId ? { kind: "handoff", key: body.clientRequestId } : null),
  handle: async ({ runtime, conversation, body }) => Response.json(await requestHuman(runtime, conversation, body.clientRequestId)),
});
