import "server-only";
import { env } from "../env";
import { loadViewer } from "./load-viewer";
import { parseCookieHeader } from "./parse-cookie-header";
import { readSessionUser } from "./read-session-user";
import type { Viewer } from "./viewer";
import type { DbClient } from "../db/db-client";

/**
 * The signed-in viewer of a request, from its own Cookie header — for
 * handlers that also run outside Next.js's request context (the production
 * server's direct stream path), where `cookies()` is not available.
 */
export async function viewerOfRequest(db: DbClient, request: Request): Promise<Viewer | null> {
  const userId = await readSessionUser(parseCookieHeader(request.headers.get("cookie")), env().AUTH_SECRET);
  return userId ? loadViewer(db, userId) : null;
}
