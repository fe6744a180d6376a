import "server-only";
import type { Runtime } from "../runtime/runtime";
import { appendInboxMessages, type InboxMessage } from "./append-inbox-messages";
import { assignTeamQueue } from "./assign-team-queue";
import { lockConversation } from "./lock-conversation";
import { publishChange } from "./publish-change";
import { withTransaction } from "../db/with-transaction";

/**
 * An agent went offline: the conversations they hold but have not answered
 * yet go back to their team's queue (the customer is told), so nobody waits
 * on someone who left. Conversations they already replied in stay theirs.
 * Returns how many were requeued.
 */
export async function requeueUnanswered(runtime: Runtime, workspaceId: string, userId: string): Promise<number> {
  const held = await runtime.db.conversation.findMany({
    where: { workspaceId, assigneeId: userId, status: "ASSIGNED", messages: { none: { author: "AGENT", agentId: userId } } },
    select: { id: true, teamId: true },
  });
  let requeued = 0;
  const teams = new Set<string>();
  for (const { id, teamId } of held) {
    const now = runtime.now();
    const lastSeq = await withTransaction(runtime.db, async (tx) => {
      const conversation = await lockConversation(tx, id);
      if (conversation?.status !== "ASSIGNED" || conversation.assigneeId !== userId) return null;
      if (await tx.message.count({ where: { conversationId: id, author: "AGENT", agentId: userId } })) return null;
      await tx.handoff.updateMany({ where: { conversationId: id, acceptedById: userId, outcome: null }, data: { acceptedAt: null, acceptedById: null } });
      const line: InboxMessage = {
        author: "SYSTEM",
        text: "Connecting you with someone else…",
        payload: { event: "status", status: "QUEUED", change: "requeued" },
      };
      return appendInboxMessages(tx, conversation, [line], now, { status: "QUEUED", assigneeId: null, queuedAt: now });
    });
    if (lastSeq === null) continue;
    requeued++;
    await publishChange(runtime, id, lastSeq);
    if (teamId) teams.add(teamId);
  }
  for (const teamId of teams) await assignTeamQueue(runtime, teamId);
  return requeued;
}
