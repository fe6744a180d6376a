import "server-only";
import { viewerOfRequest } from "../../auth/viewer-of-request";
import { inboxEventStream } from "../../realtime/inbox-event-stream";
import { sseResponse } from "../../realtime/sse-response";
import { publicApi } from "./public-api";
import { errorResponse } from "./rest-error";

/**
 * GET /api/inbox/events: the signed-in agent's SSE stream of changes in
 * their scope, resumable with `Last-Event-ID` (or `?lastEventId=`). The route
 * handler and the production server's direct stream path (serve-streams) both answer with it.
 */
export async function inboxEvents(request: Request): Promise<Response> {
  try {
    const { runtime } = await publicApi();
    const viewer = await viewerOfRequest(runtime.db, request);
    if (!viewer) return Response.json({ error: { code: "unauthorized", message: "Your session has ended. Sign in again." } }, { status: 401 });
    // EventSource sends the header by itself when it reconnects; a client opening a new EventSource passes the query.
    const lastEventId = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
    return sseResponse(inboxEventStream(runtime, viewer, request.signal, lastEventId));
  } catch (error) {
    return errorResponse(error);
  }
}
