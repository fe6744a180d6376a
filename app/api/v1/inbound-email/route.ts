// POST /api/v1/inbound-email — a mail provider posts a customer's answer to a follow-up e-mail; answered from the route table (server/api/rest/route-table.ts)
import { nextRoute } from "@/server/api/rest/next-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextRoute("/api/v1/inbound-email");
