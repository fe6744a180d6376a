// GET /api/inbox/events — SSE of changes to the conversations in the signed-in agent's scope (ids only; the inbox refetches), resumable with Last-Event-ID
import { inboxEvents } from "@/server/api/rest/inbox-events";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return inboxEvents(request);
}
