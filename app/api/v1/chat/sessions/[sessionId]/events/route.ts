// GET /api/v1/chat/sessions/{sessionId}/events — SSE of new messages and status changes; Last-Event-ID resumes
import { errorResponse } from "@/server/api/rest/rest-error";
import { publicApi } from "@/server/api/rest/public-api";
import { bearerToken, clientIp } from "@/server/api/rest/request-info";
import { authorizeCustomer } from "@/server/conversations/authorize-customer";
import { conversationEventStream } from "@/server/realtime/conversation-event-stream";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const api = await publicApi();
    api.perIp.take(clientIp(request));
    const { sessionId } = await params;
    await authorizeCustomer(api.runtime.db, sessionId, bearerToken(request));
    const url = new URL(request.url);
    const lastEventId = Number(request.headers.get("last-event-id") ?? url.searchParams.get("lastEventId") ?? 0) || 0;
    return new Response(conversationEventStream(api.runtime, sessionId, lastEventId, request.signal), {
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
