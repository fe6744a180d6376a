import "server-only";
import type { Runtime } from "../runtime/runtime";
import { emitAgentWebhook } from "../notifications/emit-agent-webhook";
import type { Agent } from "./agent-scope";
import { assignConversation } from "./assign-conversation";
import { authorizeAgent } from "./authorize-agent";
import { publishChange } from "./publish-change";
import { withTransaction } from "../db/with-transaction";

/** An agent takes a queued conversation; of two agents accepting at once exactly one wins, the other is told who did. */
export async function acceptConversation(runtime: Runtime, agent: Agent, conversationId: string) {
  await authorizeAgent(runtime.db, agent, conversationId);
  const lastSeq = await withTransaction(runtime.db, (tx) =>
    assignConversation(tx, { conversationId, workspaceId: agent.workspaceId, agent, now: runtime.now(), byOther: false }),
  );
  await publishChange(runtime, conversationId, lastSeq);
  await emitAgentWebhook(runtime, "handoff.accepted", conversationId, agent);
  return { conversationId };
}
