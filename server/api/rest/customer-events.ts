import "server-only";
import { conversationEventStream } from "../../realtime/conversation-event-stream";
import { sseResponse } from "../../realtime/sse-response";
import { customerApi } from "./customer-api";
import { errorResponse } from "./rest-error";

/**
 * GET /api/v1/chat/sessions/{sessionId}/events: the customer's SSE stream,
 * resumed after `Last-Event-ID` (or `?lastEventId=`). The route handler and
 * the production server's direct stream path (serve-streams) both answer with it.
 */
export async function customerEvents(request: Request, params: Promise<{ sessionId: string }>): Promise<Response> {
  try {
    const { runtime, conversation } = await customerApi(request, params);
    const url = new URL(request.url);
    const lastEventId = Number(request.headers.get("last-event-id") ?? url.searchParams.get("lastEventId") ?? 0) || 0;
    return sseResponse(conversationEventStream(runtime, conversation.id, lastEventId, request.signal));
  } catch (error) {
    return errorResponse(error);
  }
}
