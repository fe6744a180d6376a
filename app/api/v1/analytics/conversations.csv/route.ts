// GET /api/v1/analytics/conversations.csv — the period's conversations with outcome fields (API token); answered from the route table (server/api/rest/route-table.ts)
import { nextRoute } from "@/server/api/rest/next-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextRoute("/api/v1/analytics/conversations.csv");
