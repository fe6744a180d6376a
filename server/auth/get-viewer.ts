import "server-only";
import { cache } from "react";
import { getDb } from "../db";
import { loadViewer } from "./load-viewer";
import { auth } from "./next-auth";
import type { Viewer } from "./viewer";

/** The signed-in viewer of this request (memoised per request), or null. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadViewer(await getDb(), userId);
});
