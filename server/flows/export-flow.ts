import { DomainError } from "../errors";
import type { DbClient } from "../db/db-client";

/** A flow's draft document, as `POST /api/v1/flows` accepts it back. */
export async function exportFlow(db: DbClient, workspaceId: string, flowId: string) {
  const flow = await db.flow.findFirst({ where: { id: flowId, workspaceId, archivedAt: null }, select: { id: true, name: true, slug: true, draft: true } });
  if (!flow) throw new DomainError("NOT_FOUND", "That flow does not exist.");
  return { id: flow.id, name: flow.name, slug: flow.slug, document: flow.draft };
}
