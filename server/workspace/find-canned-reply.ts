import "server-only";
import type { Prisma } from "../db/generated/client";
import { DomainError } from "../errors";

export const cannedReplyGone = () => new DomainError("NOT_FOUND", "This canned reply no longer exists. Reload the page to see the current list.");

/** The workspace's canned reply, or NOT_FOUND (another workspace's reply does not exist, as far as the caller can tell). */
export async function findCannedReply(db: Prisma.TransactionClient, workspaceId: string, cannedReplyId: string) {
  const reply = await db.cannedReply.findFirst({ where: { id: cannedReplyId, workspaceId } });
  if (!reply) throw cannedReplyGone();
  return reply;
}
