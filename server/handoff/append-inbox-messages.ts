import "server-only";
import type { MessageAuthor, Prisma } from "../db/generated/client";
import type { MessagePayload } from "../realtime/stream-events/message-payload-schema";
import type { LockedConversation } from "./lock-conversation";
import { stampFirstAgentReply } from "./stamp-first-agent-reply";

export interface InboxMessage {
  author: MessageAuthor;
  text: string;
  /** What the line records besides its text (see message-payload-schema). */
  payload?: MessagePayload;
  agentId?: string;
}

/**
 * Appends messages to a conversation locked by lockConversation, with the
 * next seqs, and applies `data` to the conversation in the same transaction
 * (bumping its version, so a concurrent engine turn retries on fresh state).
 * Returns the conversation's new last seq.
 */
export async function appendInboxMessages(
  tx: Prisma.TransactionClient,
  conversation: Pick<LockedConversation, "id" | "lastSeq">,
  messages: InboxMessage[],
  now: Date,
  data: Prisma.ConversationUncheckedUpdateInput = {},
): Promise<number> {
  const lastSeq = conversation.lastSeq + messages.length;
  if (messages.length) {
    await tx.message.createMany({
      data: messages.map((message, i) => ({
        conversationId: conversation.id,
        seq: conversation.lastSeq + i + 1,
        author: message.author,
        text: message.text,
        payload: message.payload ? (message.payload as Prisma.InputJsonObject) : undefined,
        agentId: message.agentId ?? null,
        createdAt: now,
      })),
    });
  }
  await tx.conversation.update({ where: { id: conversation.id }, data: { ...data, lastSeq, version: { increment: 1 }, updatedAt: now } });
  if (messages.some((message) => message.author === "AGENT")) await stampFirstAgentReply(tx, conversation.id, now);
  return lastSeq;
}
