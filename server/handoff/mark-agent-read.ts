import "server-only";
import { advanceReadSeq } from "../conversations/advance-read-seq";
import type { Runtime } from "../runtime/runtime";
import type { Agent } from "./agent-scope";
import { authorizeAgent } from "./authorize-agent";
import type { MarkReadInput } from "./inbox-schemas";

/**
 * The agents have seen the conversation up to `seq` (one position for the
 * team, like a shared inbox): stored, so rows lose their unread dot, and
 * signalled to the customer when it moved forward.
 */
export async function markAgentRead(runtime: Runtime, agent: Agent, input: MarkReadInput) {
  const conversation = await authorizeAgent(runtime.db, agent, input.conversationId);
  const read = await advanceReadSeq(runtime.db, conversation.id, "agent", input.seq);
  if (read?.moved) {
    await runtime.bus
      .signal(conversation.id, { kind: "read", author: "agent", seq: read.seq })
      .catch((error: unknown) => runtime.log("error", "read signal failed", { conversationId: conversation.id, error: String(error) }));
  }
  return { agentReadSeq: read?.seq ?? 0 };
}
