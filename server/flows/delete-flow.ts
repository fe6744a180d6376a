import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";

/**
 * Deletes a flow nobody has chatted with. A flow with conversations is
 * archived instead — their transcripts and analytics keep their flow — and
 * unpublished, so its link stops taking new chats.
 */
export async function deleteFlow(db: PrismaClient, workspaceId: string, flowId: string): Promise<{ archived: boolean }> {
  const flow = await db.flow.findFirst({ where: { id: flowId, workspaceId, archivedAt: null }, select: { id: true } });
  if (!flow) throw new DomainError("NOT_FOUND", "That flow does not exist any more.");
  if ((await db.conversation.count({ where: { flowId } })) === 0) {
    try {
      await db.flow.delete({ where: { id: flowId } });
      return { archived: false };
    } catch (error) {
      // A chat started between the count and the delete (its foreign key refused): archive instead.
      if (!/foreign key|P2003/i.test(`${(error as { code?: string }).code ?? ""} ${String(error)}`)) throw error;
    }
  }
  await db.flow.update({ where: { id: flowId }, data: { archivedAt: new Date(), publishedVersionId: null } });
  return { archived: true };
}
