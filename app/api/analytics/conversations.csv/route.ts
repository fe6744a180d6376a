// GET /api/analytics/conversations.csv — the dashboard's CSV download (signed-in admin or agent); answered from the route table (server/api/rest/route-table.ts)
import { nextRoute } from "@/server/api/rest/next-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextRoute("/api/analytics/conversations.csv");
