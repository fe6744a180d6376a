import "server-only";
import { conversationEventStream } from "../../../realtime/conversation-event-stream";
import { sseResponse } from "../../../realtime/sse-response";
import { endpoint } from "../endpoint";

/** GET /api/v1/chat/sessions/{sessionId}/events — SSE of new messages and status changes, resumed after Last-Event-ID (or ?lastEventId=). */
export const streamChatEvents = endpoint({
  auth: "customer",
  handle: async ({ runtime, conversation, request }) => {
    const lastEventId = Number(request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId") ?? 0) || 0;
    return sseResponse(conversationEventStream(runtime, conversation.id, Math.max(0, lastEventId), request.signal));
  },
});
