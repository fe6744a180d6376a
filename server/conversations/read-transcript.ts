import type { PrismaClient } from "../db/generated/client";
import { publicMessage, publicStatus } from "./public-message";

/**
 * The conversation's status, its messages after `afterSeq` (all of them by
 * default), and how far each side has read (message seqs).
 */
export async function readTranscript(db: PrismaClient, conversationId: string, afterSeq = 0) {
  const [conversation, messages] = await Promise.all([
    db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { status: true, customerReadSeq: true, agentReadSeq: true } }),
    db.message.findMany({ where: { conversationId, seq: { gt: afterSeq } }, orderBy: { seq: "asc" }, take: 1000 }),
  ]);
  return {
    status: publicStatus(conversation.status),
    messages: messages.map(publicMessage),
    customerReadSeq: conversation.customerReadSeq,
    agentReadSeq: conversation.agentReadSeq,
  };
}
