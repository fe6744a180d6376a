import "server-only";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { insertFlow } from "./insert-flow";

/** "Copy of …": the draft as it is now, unpublished, with a chat link of its own. */
export async function duplicateFlow(db: PrismaClient, workspaceId: string, flowId: string, userId: string) {
  const source = await db.flow.findFirst({ where: { id: flowId, workspaceId, archivedAt: null }, select: { name: true, draft: true } });
  if (!source) throw new DomainError("NOT_FOUND", "That flow does not exist any more.");
  const name = `Copy of ${source.name}`.slice(0, 100);
  return insertFlow(
    db,
    { workspaceId, name, draft: source.draft as Prisma.InputJsonValue, createdById: userId, updatedById: userId },
    { slugFrom: source.name },
  );
}
