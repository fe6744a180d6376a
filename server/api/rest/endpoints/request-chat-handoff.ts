import "server-only";
import { requestHuman } from "../../../conversations/request-human";
import { endpoint } from "../endpoint";

/** POST /api/v1/chat/sessions/{sessionId}/handoff — the "Talk to a person" button. */
export const requestChatHandoff = endpoint({
  auth: "customer",
  limits: ["perSession"],
  handle: async ({ runtime, conversation }) => Response.json(await requestHuman(runtime, conversation)),
});
