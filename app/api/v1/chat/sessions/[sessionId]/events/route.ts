// GET /api/v1/chat/sessions/{sessionId}/events — SSE of new messages and status changes; Last-Event-ID resumes
import { customerEvents } from "@/server/api/rest/customer-events";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  return customerEvents(request, params);
}
