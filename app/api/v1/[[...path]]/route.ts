// Any other /api/v1 path under `next dev` or `next start`: the route table's JSON 404 (or 405, 400), as the production server's direct path answers it
import { nextRoute } from "@/server/api/rest/next-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = nextRoute();
