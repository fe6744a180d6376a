// POST /api/v1/chat/sessions/{sessionId}/transcript/email — the transcript by e-mail; answered from the route table (server/api/rest/route-table.ts)
import { nextRoute } from "@/server/api/rest/next-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextRoute("/api/v1/chat/sessions/{sessionId}/transcript/email");
