import "server-only";
import { inboxEventStream } from "../../../realtime/inbox-event-stream";
import { sseResponse } from "../../../realtime/sse-response";
import { endpoint } from "../endpoint";

/** GET /api/inbox/events — SSE of changes to the conversations in the signed-in agent's scope (ids only; the inbox refetches), resumable with Last-Event-ID. */
export const streamInboxEvents = endpoint({
  auth: "agent",
  handle: async ({ runtime, viewer, request }) => {
    // EventSource sends the header by itself when it reconnects; a client opening a new EventSource passes the query.
    const lastEventId = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
    return sseResponse(inboxEventStream(runtime, viewer, request.signal, lastEventId));
  },
});
