import "server-only";
import type { Endpoint } from "./endpoint";
import { matchRoute } from "./match-route";

const DOCS = "See docs/api.md for the endpoints.";

function errorJson(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers });
}

/** `.` and `..` segments (also percent-encoded): a client never means them, and resolving them would reach other endpoints. */
const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(\/|$)/i;

/**
 * Where a request for a REST path (/api/v1/…, /api/inbox/events,
 * /embed/{slug}/config) goes, from the method and the raw (still
 * percent-encoded) path alone: the endpoint and its decoded parameters, or the
 * refusal — every one `{ error: { code, message } }`: an unknown path 404, a
 * known one with another method 405 with `Allow` (TRACE included: it never
 * becomes a Request), a broken percent-escape 400.
 */
export function routeApiRequest(method: string, rawPath: string): Response | { endpoint: Endpoint; params: Record<string, string> } {
  if (DOT_SEGMENT.test(rawPath)) return errorJson(404, "not_found", `There is no API endpoint at this path (it has . or .. segments). ${DOCS}`);
  const match = matchRoute(method, rawPath);
  switch (match.kind) {
    case "bad_escape":
      return errorJson(400, "invalid_path", "The path has a broken percent-escape (like %ff, or a % without two hex digits after it).");
    case "not_found":
      return errorJson(404, "not_found", `There is no API endpoint at this path. ${DOCS}`);
    case "wrong_method": {
      const allow = [...match.allow, "OPTIONS"].join(", ");
      if (method === "OPTIONS") return new Response(null, { status: 204, headers: { allow } });
      return errorJson(405, "method_not_allowed", `${method} is not allowed here; use ${match.allow.join(" or ")}.`, { allow });
    }
    case "found":
      return { endpoint: match.route.endpoint, params: match.params };
  }
}

/**
 * Answers a request for a REST path from the route table, on both paths: the
 * production server's direct path passes the path as it came off the wire;
 * under Next.js it is the request's own.
 */
export async function answerApiRequest(request: Request, rawPath = new URL(request.url).pathname): Promise<Response> {
  const routed = routeApiRequest(request.method, rawPath);
  return routed instanceof Response ? routed : routed.endpoint(request, routed.params);
}
