import "server-only";
import { startChatInputSchema } from "../../../conversations/chat-input-schemas";
import { startChat } from "../../../conversations/start-chat";
import { endpoint } from "../endpoint";

/** POST /api/v1/chat/{slug}/sessions — start a chat on a published flow (limited per address and per flow). */
export const startChatSession = endpoint({
  auth: "public",
  body: { schema: startChatInputSchema, maxBytes: 16 * 1024, optional: true },
  limits: ["sessionsPerIp", "sessionsPerFlow"],
  handle: async ({ runtime, params, body }) =>
    Response.json(await startChat(runtime, params.slug!, body.channel.toUpperCase() as "WEB" | "WIDGET" | "API", body.customer), { status: 201 }),
});
