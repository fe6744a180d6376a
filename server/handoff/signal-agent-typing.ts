import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { Agent } from "./agent-scope";
import type { AgentTypingInput } from "./inbox-schemas";

/**
 * Tells the customer that their agent is (or stopped) typing. It fires
 * often, so anyone but the assignee of an assigned conversation is ignored
 * without an error, and it costs one lookup by primary key.
 */
export async function signalAgentTyping(runtime: Runtime, agent: Agent, input: AgentTypingInput): Promise<void> {
  const owned = await runtime.db.conversation.findFirst({
    where: { id: input.conversationId, workspaceId: agent.workspaceId, assigneeId: agent.userId, status: "ASSIGNED" },
    select: { id: true },
  });
  if (!owned) return;
  await runtime.bus
    .signal(owned.id, { kind: "typing", author: "agent", name: agent.name, typing: input.typing })
    .catch((error: unknown) => runtime.log("error", "typing signal failed", { conversationId: owned.id, error: String(error) }));
}
