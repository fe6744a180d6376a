import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "../db";
import { env } from "../env";
import { loadViewer } from "./load-viewer";
import { readSessionUser } from "./read-session-user";
import type { Viewer } from "./viewer";

/** The signed-in viewer of this request (memoised per request), or null. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const userId = await readSessionUser((await cookies()).getAll(), env().AUTH_SECRET);
  if (!userId) return null;
  return loadViewer(await getDb(), userId);
});
