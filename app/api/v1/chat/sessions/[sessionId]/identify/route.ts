// POST /api/v1/chat/sessions/{sessionId}/identify — the host site names the customer; answered from the route table (server/api/rest/route-table.ts)
import { nextRoute } from "@/server/api/rest/next-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextRoute("/api/v1/chat/sessions/{sessionId}/identify");
