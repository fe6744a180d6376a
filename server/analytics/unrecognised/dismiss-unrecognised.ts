import "server-only";
import type { PrismaClient } from "../../db/generated/client";
import { DomainError } from "../../errors";
import type { DismissUnrecognisedInput } from "./unrecognised-schemas";

/** Hides a wording from a flow's unrecognised list (stored, per flow), or shows it again (the Undo). */
export async function dismissUnrecognised(db: PrismaClient, workspaceId: string, input: DismissUnrecognisedInput, userId: string, dismissed: boolean) {
  const flow = await db.flow.findFirst({ where: { id: input.flowId, workspaceId }, select: { id: true } });
  if (!flow) throw new DomainError("NOT_FOUND", "That flow does not exist in this workspace.");
  if (dismissed) {
    await db.unrecognisedDismissal.upsert({
      where: { flowId_phraseKey: { flowId: flow.id, phraseKey: input.phraseKey } },
      create: { workspaceId, flowId: flow.id, phraseKey: input.phraseKey, dismissedById: userId },
      update: {},
    });
  } else {
    await db.unrecognisedDismissal.deleteMany({ where: { workspaceId, flowId: flow.id, phraseKey: input.phraseKey } });
  }
  return { dismissed };
}
