import "server-only";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import type { RestoreFlowVersionInput } from "./flow-editor-schemas";
import { readStoredDraft } from "./read-stored-draft";

/** Replaces the draft with a published version's document (the live version does not change until the next publish). */
export async function restoreFlowVersion(db: PrismaClient, workspaceId: string, input: RestoreFlowVersionInput, userId: string) {
  const version = await db.flowVersion.findFirst({
    where: { id: input.versionId, flowId: input.flowId, flow: { workspaceId, archivedAt: null } },
    select: { number: true, document: true },
  });
  if (!version) throw new DomainError("NOT_FOUND", "That version does not exist any more.");
  const draft = readStoredDraft(version.document);
  const saved = await db.flow.update({
    where: { id: input.flowId },
    data: { draft: draft as unknown as Prisma.InputJsonValue, draftVersion: { increment: 1 }, updatedById: userId },
    select: { draftVersion: true, updatedAt: true },
  });
  return { draft, draftVersion: saved.draftVersion, updatedAt: saved.updatedAt, restoredVersion: version.number };
}
