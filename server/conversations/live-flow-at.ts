import { DomainError } from "../errors";
import type { Runtime } from "../runtime/runtime";
import { findPublishedFlowSql } from "./sql/find-published-flow-sql";

export interface LiveFlow {
  id: string;
  workspaceId: string;
  publishedVersionId: string;
}

const TTL_MS = 60_000;
const cacheKey = (slug: string) => `live-flow:${slug}`;

/**
 * The flow live at a chat address and its published version, remembered for
 * a minute per process — a new chat's insert (insert_chat) checks the version
 * is still the live one, so a stale entry costs a second try (`fresh`), never
 * a chat on an old version. Addresses with nothing live are never remembered:
 * a flow published a moment ago answers at once.
 */
export async function liveFlowAt(runtime: Runtime, slug: string, fresh = false): Promise<LiveFlow> {
  if (fresh) runtime.cache.delete(cacheKey(slug));
  const flow = await runtime.cache.get(cacheKey(slug), TTL_MS, async () => {
    const [row] = await findPublishedFlowSql.query(runtime.db, slug);
    if (!row || !row.publishedVersionId || row.archivedAt) throw new DomainError("NOT_FOUND", "There is no published chat at this address.");
    return { id: row.id, workspaceId: row.workspaceId, publishedVersionId: row.publishedVersionId };
  });
  return flow;
}
