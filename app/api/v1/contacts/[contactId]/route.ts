// GET /api/v1/contacts/{contactId} — a contact with their conversations; answered from the route table (server/api/rest/route-table.ts)
import { nextRoute } from "@/server/api/rest/next-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextRoute("/api/v1/contacts/{contactId}");
