// GET /api/v1/transcripts/{conversationId} — a webhook's signed, time-limited transcript link; answered from the route table (server/api/rest/route-table.ts)
import { nextRoute } from "@/server/api/rest/next-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextRoute("/api/v1/transcripts/{conversationId}");
