// GET /api/v1/chat/sessions/{sessionId}/events — SSE of new messages and status changes; Last-Event-ID resumes
import { customerApi } from "@/server/api/rest/customer-api";
import { errorResponse } from "@/server/api/rest/rest-error";
import { conversationEventStream } from "@/server/realtime/conversation-event-stream";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  try {
    const { runtime, conversation } = await customerApi(request, params);
    const url = new URL(request.url);
    const lastEventId = Number(request.headers.get("last-event-id") ?? url.searchParams.get("lastEventId") ?? 0) || 0;
    return new Response(conversationEventStream(runtime, conversation.id, lastEventId, request.signal), {
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
