// POST /api/v1/chat/sessions/{sessionId}/follow-up — the customer leaves a message for an e-mail reply; answered from the route table (server/api/rest/route-table.ts)
import { nextRoute } from "@/server/api/rest/next-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextRoute("/api/v1/chat/sessions/{sessionId}/follow-up");
