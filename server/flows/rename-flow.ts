import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import type { RenameFlowInput } from "./flow-editor-schemas";

/** Renames a flow; its chat link (slug) stays, so links already shared keep working. */
export async function renameFlow(db: PrismaClient, workspaceId: string, input: RenameFlowInput, userId: string) {
  const { count } = await db.flow.updateMany({
    where: { id: input.flowId, workspaceId, archivedAt: null },
    data: { name: input.name, updatedById: userId },
  });
  if (count === 0) throw new DomainError("NOT_FOUND", "That flow does not exist any more.");
  return { id: input.flowId, name: input.name };
}
