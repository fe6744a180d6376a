import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { Agent } from "./agent-scope";
import { assertHandling } from "./assert-handling";
import { authorizeAgent } from "./authorize-agent";
import { emitAgentWebhook } from "../notifications/emit-agent-webhook";
import { assignTeamQueue } from "./assign-team-queue";
import type { TransferInput } from "./inbox-schemas";
import { publishChange } from "./publish-change";
import { transferToAgent } from "./transfer-to-agent";
import { transferToTeam } from "./transfer-to-team";
import { withTransaction } from "../db/with-transaction";

/**
 * Moves a conversation to another team's queue or straight to an agent, with
 * a neutral line for the customer ("Transferred to Billing") and the note
 * for the next agent. Refuses targets nobody could answer from.
 */
export async function transferConversation(runtime: Runtime, agent: Agent, input: TransferInput) {
  const conversation = await authorizeAgent(runtime.db, agent, input.conversationId);
  assertHandling(conversation, agent);
  const now = runtime.now();
  const lastSeq = await withTransaction(runtime.db, async (tx) => {
    const seq = input.teamId
      ? await transferToTeam(tx, agent, conversation.id, input.teamId, now)
      : await transferToAgent(tx, agent, conversation.id, input.agentUserId!, now);
    if (input.note) await tx.note.create({ data: { conversationId: conversation.id, authorId: agent.userId, text: input.note, createdAt: now } });
    return seq;
  });
  await publishChange(runtime, conversation.id, lastSeq);
  if (input.teamId) await assignTeamQueue(runtime, input.teamId);
  // Straight to an agent (or an admin taking over): outside systems learn the new owner, as when someone accepts.
  else await emitAgentWebhook(runtime, "handoff.accepted", conversation.id);
  return { conversationId: conversation.id };
}
