import "server-only";
import type { Prisma } from "../db/generated/client";
import type { LockedConversation } from "../handoff/lock-conversation";

/**
 * In the caller's transaction: the handoff of a conversation a customer's e-mailed answer put back in its team's
 * queue — reason `email_reply`, cold (no introduction), no asking node (the flow did not ask; the node breakdown
 * counts it under "none"), the conversation's team and priority, and the context of its latest handoff so the agent
 * still sees the summary and the original reason. An ended or handed-back conversation has no open handoff left.
 */
export async function openEmailReplyHandoff(tx: Prisma.TransactionClient, conversation: LockedConversation, now: Date) {
  const latest = await tx.handoff.findFirst({
    where: { conversationId: conversation.id },
    orderBy: { requestedAt: "desc" },
    select: { context: true },
  });
  await tx.handoff.create({
    data: {
      workspaceId: conversation.workspaceId,
      conversationId: conversation.id,
      kind: "COLD",
      reason: "email_reply",
      teamId: conversation.teamId,
      context: latest?.context ?? {},
      priority: conversation.priority,
      requestedAt: now,
    },
  });
}
