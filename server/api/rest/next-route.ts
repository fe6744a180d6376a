import "server-only";
import { answerApiRequest } from "./answer-api-request";
import { routeTable } from "./route-table";

type NextHandler = (request: Request) => Promise<Response>;
export interface NextRouteHandlers {
  GET: NextHandler;
  HEAD: NextHandler;
  POST: NextHandler;
  PUT: NextHandler;
  PATCH: NextHandler;
  DELETE: NextHandler;
  OPTIONS: NextHandler;
}

/**
 * What a route file under app/ exports: every method, each answered from the
 * route table exactly as the production server's direct path answers it (so
 * a wrong method is the same JSON 405, not Next.js's empty one). `path` is the
 * table's pattern the file stands for; a path the table does not have fails
 * at import. Without a path: the catch-all for unknown /api/v1 paths.
 */
export function nextRoute(path?: string): NextRouteHandlers {
  if (path !== undefined && !routeTable.some((route) => route.path === path)) throw new Error(`${path} is not in the route table`);
  const handler: NextHandler = (request) => answerApiRequest(request);
  return { GET: handler, HEAD: handler, POST: handler, PUT: handler, PATCH: handler, DELETE: handler, OPTIONS: handler };
}
