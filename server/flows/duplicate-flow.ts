import "server-only";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { slugify } from "./import-flow";

/** "Copy of …": the draft as it is now, unpublished, with a chat link of its own. */
export async function duplicateFlow(db: PrismaClient, workspaceId: string, flowId: string, userId: string) {
  const source = await db.flow.findFirst({ where: { id: flowId, workspaceId, archivedAt: null }, select: { name: true, draft: true } });
  if (!source) throw new DomainError("NOT_FOUND", "That flow does not exist any more.");
  const name = `Copy of ${source.name}`.slice(0, 100);
  return db.flow.create({
    data: {
      workspaceId,
      name,
      slug: slugify(source.name),
      draft: source.draft as Prisma.InputJsonValue,
      createdById: userId,
      updatedById: userId,
    },
    select: { id: true, name: true, slug: true },
  });
}
