import "server-only";
import type { Runtime } from "../runtime/runtime";
import { DomainError } from "../errors";
import type { Agent } from "./agent-scope";
import { transferConversation } from "./transfer-conversation";

/**
 * An admin takes a conversation another agent holds (they went quiet, or it
 * needs someone senior): a transfer to themselves, so the customer hears who
 * joined and the previous agent sees it leave their Mine.
 */
export async function takeOverConversation(runtime: Runtime, agent: Agent, conversationId: string) {
  if (agent.role !== "ADMIN") throw new DomainError("FORBIDDEN", "Only admins can take over a conversation. Ask its agent to transfer it to you.");
  return transferConversation(runtime, agent, { conversationId, agentUserId: agent.userId });
}
