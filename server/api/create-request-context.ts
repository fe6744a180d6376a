import "server-only";
import { getViewer } from "../auth/get-viewer";
import { getDb } from "../db";
import type { TrpcContext } from "./trpc";

/** The tRPC context of an HTTP request: the session's viewer, read fresh from the database. */
export async function createRequestContext(): Promise<TrpcContext> {
  return { db: await getDb(), viewer: await getViewer() };
}
