// GET /api/v1/flows — list the workspace's flows; POST /api/v1/flows — import a flow document; answered from the route table (server/api/rest/route-table.ts)
import { nextRoute } from "@/server/api/rest/next-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextRoute("/api/v1/flows");
