import "server-only";
import type { Prisma } from "../db/generated/client";

/** Records an agent's first reply (analytics: first human reply time) on the conversation and on its accepted, open handoff. */
export async function stampFirstAgentReply(tx: Prisma.TransactionClient, conversationId: string, now: Date) {
  await tx.conversation.updateMany({ where: { id: conversationId, firstAgentReplyAt: null }, data: { firstAgentReplyAt: now } });
  await tx.handoff.updateMany({ where: { conversationId, acceptedAt: { not: null }, firstReplyAt: null, outcome: null }, data: { firstReplyAt: now } });
}
