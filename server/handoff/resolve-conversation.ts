import "server-only";
import type { Runtime } from "../runtime/runtime";
import { emitAgentWebhook } from "../notifications/emit-agent-webhook";
import type { Agent } from "./agent-scope";
import { assertHandling } from "./assert-handling";
import { authorizeAgent } from "./authorize-agent";
import { finishHandoff } from "./finish-handoff";

/** The agent is done: the flow continues from the handoff node's `resolved` exit (typically the rating). */
export async function resolveConversation(runtime: Runtime, agent: Agent, conversationId: string) {
  assertHandling(await authorizeAgent(runtime.db, agent, conversationId), agent);
  const response = await finishHandoff(runtime, conversationId, { kind: "human_finished", outcome: "resolved" }, "RESOLVED");
  await emitAgentWebhook(runtime, "conversation.resolved", conversationId, agent);
  return { conversationId, status: response.status.toUpperCase() };
}
