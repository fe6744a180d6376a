// GET /embed/{slug}/config — whether a chat is live at the slug, and the launcher's colour (for embed.js); answered from the route table (server/api/rest/route-table.ts)
import { nextRoute } from "@/server/api/rest/next-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextRoute("/embed/{slug}/config");
