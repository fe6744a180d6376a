// GET /api/v1/conversations/{conversationId} — one conversation with its contact, context and transcript; answered from the route table (server/api/rest/route-table.ts)
import { nextRoute } from "@/server/api/rest/next-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextRoute("/api/v1/conversations/{conversationId}");
