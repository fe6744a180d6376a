import "server-only";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { checkDraftSize } from "./check-draft-size";
import type { SaveFlowDraftInput } from "./flow-editor-schemas";

/**
 * Autosave: writes the draft only if nobody saved since the editor's
 * `expectedDraftVersion` (one atomic UPDATE … WHERE draftVersion = expected),
 * or regardless with `force`. A lost race is a CONFLICT whose details say
 * which version is newer and who saved it.
 */
export async function saveFlowDraft(db: PrismaClient, workspaceId: string, input: SaveFlowDraftInput, userId: string) {
  checkDraftSize(input.draft);
  const now = new Date();
  const [saved] = await db.flow.updateManyAndReturn({
    where: { id: input.flowId, workspaceId, archivedAt: null, ...(input.force ? {} : { draftVersion: input.expectedDraftVersion }) },
    data: { draft: input.draft as unknown as Prisma.InputJsonValue, draftVersion: { increment: 1 }, updatedById: userId, updatedAt: now },
    select: { draftVersion: true, updatedAt: true },
  });
  if (saved) return saved;
  throw await conflictOrMissing(db, workspaceId, input.flowId, userId);
}

async function conflictOrMissing(db: PrismaClient, workspaceId: string, flowId: string, userId: string) {
  const current = await db.flow.findFirst({
    where: { id: flowId, workspaceId, archivedAt: null },
    select: { draftVersion: true, updatedAt: true, updatedById: true, updatedBy: { select: { name: true } } },
  });
  if (!current) return new DomainError("NOT_FOUND", "This flow was deleted, so your changes can't be saved.");
  const yourself = current.updatedById === userId;
  const who = yourself ? "You" : (current.updatedBy?.name ?? "Someone");
  const at = current.updatedAt.toISOString().slice(0, 16).replace("T", " ");
  return new DomainError(
    "CONFLICT",
    yourself
      ? `You saved a newer version of this draft in another tab or window at ${at} UTC. Reload to see those changes, or overwrite them with these.`
      : `${who} saved a newer version of this draft at ${at} UTC. Reload to see their changes, or overwrite them with yours.`,
    { draftVersion: current.draftVersion, updatedAt: current.updatedAt.toISOString(), updatedByName: current.updatedBy?.name ?? null },
  );
}
