// GET /api/inbox/events — SSE of changes to the conversations in the signed-in agent's scope (ids only; the inbox refetches), resumable with Last-Event-ID
import { publicApi } from "@/server/api/rest/public-api";
import { getViewer } from "@/server/auth/get-viewer";
import { inboxEventStream } from "@/server/realtime/inbox-event-stream";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: { code: "unauthorized", message: "Your session has ended. Sign in again." } }, { status: 401 });
  const { runtime } = await publicApi();
  // EventSource sends the header by itself when it reconnects; a client opening a new EventSource passes the query.
  const lastEventId = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  return new Response(inboxEventStream(runtime, viewer, request.signal, lastEventId), {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
  });
}
