import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";

/** Takes the flow's chat link offline; conversations already running keep the version they pinned. */
export async function unpublishFlow(db: PrismaClient, workspaceId: string, flowId: string) {
  const { count } = await db.flow.updateMany({ where: { id: flowId, workspaceId, archivedAt: null }, data: { publishedVersionId: null } });
  if (count === 0) throw new DomainError("NOT_FOUND", "That flow does not exist any more.");
  return { publishedVersion: null };
}
