import "server-only";
import { loadFlowVersion } from "../conversations/load-flow-version";
import type { Runtime } from "../runtime/runtime";
import { DomainError } from "../errors";
import type { Agent } from "./agent-scope";
import { assertHandling } from "./assert-handling";
import { authorizeAgent } from "./authorize-agent";
import { finishHandoff } from "./finish-handoff";
import { handBackNodes } from "./hand-back-nodes";
import type { HandBackInput } from "./inbox-schemas";

/** The bot owns the conversation again, carrying on at a node of the conversation's own flow version. */
export async function handBackConversation(runtime: Runtime, agent: Agent, input: HandBackInput) {
  const conversation = await authorizeAgent(runtime.db, agent, input.conversationId);
  assertHandling(conversation, agent);
  const document = await loadFlowVersion(runtime.db, conversation.flowVersionId);
  if (!handBackNodes(document).some((node) => node.id === input.nodeId)) {
    throw new DomainError("BAD_REQUEST", "That step is not part of this conversation's flow. Choose one from the list.");
  }
  const response = await finishHandoff(runtime, conversation.id, { kind: "hand_back", nodeId: input.nodeId }, "HANDED_BACK");
  return { conversationId: conversation.id, status: response.status.toUpperCase() };
}
