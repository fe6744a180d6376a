import "server-only";
import { routeTable, type Route } from "./route-table";

export type RouteMatch =
  { kind: "found"; route: Route; params: Record<string, string> } | { kind: "wrong_method"; allow: string[] } | { kind: "not_found" } | { kind: "bad_escape" };

const compiled = routeTable.map((route) => ({ route, segments: route.path.split("/").slice(1) }));

/**
 * The route for a method and a raw (still percent-encoded) path. Segments are
 * decoded one by one, so an encoded `/` stays inside its parameter; a broken
 * escape anywhere is `bad_escape`. Where two patterns match, literal segments
 * win over parameters from the left (`/chat/sessions/x` is a session, not a
 * slug called "sessions"), as in Next.js's router.
 */
export function matchRoute(method: string, rawPath: string): RouteMatch {
  const decoded: string[] = [];
  for (const segment of rawPath.split("/").slice(1)) {
    try {
      decoded.push(decodeURIComponent(segment));
    } catch {
      return { kind: "bad_escape" };
    }
  }
  let best: { route: Route; segments: string[] }[] = [];
  let bestScore = "";
  for (const candidate of compiled) {
    const score = scoreOf(candidate.segments, decoded);
    if (score === null || score < bestScore) continue;
    if (score > bestScore) best = [];
    best.push(candidate);
    bestScore = score;
  }
  if (best.length === 0) return { kind: "not_found" };
  const chosen = best.find((candidate) => candidate.route.method === method);
  if (!chosen) return { kind: "wrong_method", allow: best.map((candidate) => candidate.route.method) };
  // Keys are the table's own parameter names; a null prototype all the same, as everywhere text keys an object.
  const params: Record<string, string> = Object.create(null);
  chosen.segments.forEach((segment, i) => {
    if (segment.startsWith("{")) params[segment.slice(1, -1)] = decoded[i]!;
  });
  return { kind: "found", route: chosen.route, params };
}

/** "1" per literal and "0" per parameter, left to right (higher is more specific); null when the path does not fit. */
function scoreOf(pattern: string[], path: string[]): string | null {
  if (pattern.length !== path.length) return null;
  let score = "";
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i]!;
    if (expected.startsWith("{")) {
      if (path[i] === "") return null;
      score += "0";
    } else if (expected === path[i]) score += "1";
    else return null;
  }
  return score;
}
