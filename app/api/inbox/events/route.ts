// GET /api/inbox/events — SSE of changes in the signed-in agent's scope, resumable with Last-Event-ID; answered from the route table (server/api/rest/route-table.ts)
import { nextRoute } from "@/server/api/rest/next-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextRoute("/api/inbox/events");
