import "server-only";
import type { Prisma } from "../db/generated/client";
import { DomainError } from "../errors";
import type { Agent } from "./agent-scope";
import { appendInboxMessages, type InboxMessage } from "./append-inbox-messages";
import { assertHandling } from "./assert-handling";
import { assignConversation } from "./assign-conversation";
import { lockConversation } from "./lock-conversation";
import { reopenHandoff } from "./reopen-handoff";

/**
 * In the caller's transaction: straight to an agent of the workspace who is
 * online and under capacity (assignConversation refuses otherwise, saying
 * why). Locks the target's membership before the conversation, in the same
 * order as an accept. Returns the new last seq.
 */
export async function transferToAgent(tx: Prisma.TransactionClient, agent: Agent, conversationId: string, userId: string, now: Date): Promise<number> {
  const [target] = await tx.$queryRawUnsafe<{ name: string }[]>(
    `SELECT u."name" FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE m."workspaceId" = $1 AND m."userId" = $2 FOR UPDATE OF m`,
    agent.workspaceId,
    userId,
  );
  if (!target) throw new DomainError("NOT_FOUND", "That person is not a member of this workspace.");
  const conversation = await lockConversation(tx, conversationId);
  if (!conversation) throw new DomainError("NOT_FOUND", "This conversation does not exist.");
  const assignee = conversation.assigneeId ? await tx.user.findUnique({ where: { id: conversation.assigneeId }, select: { name: true } }) : null;
  assertHandling({ ...conversation, assignee }, agent);
  if (conversation.status === "ASSIGNED" && conversation.assigneeId === userId)
    throw new DomainError("CONFLICT", `${target.name} already has this conversation.`);
  await reopenHandoff(tx, conversationId, conversation.teamId, conversation.priority, now);
  const line: InboxMessage = { author: "SYSTEM", text: `Transferred to ${target.name}`, payload: { event: "transfer", change: "transferred" } };
  await appendInboxMessages(tx, conversation, [line], now, { status: "QUEUED", assigneeId: null });
  // Taking it oneself (an admin taking over) works while away, like an accept.
  return assignConversation(tx, {
    conversationId,
    workspaceId: agent.workspaceId,
    agent: { userId, name: target.name },
    now,
    byOther: userId !== agent.userId,
  });
}
