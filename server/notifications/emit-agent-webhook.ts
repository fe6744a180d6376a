import "server-only";
import type { Runtime } from "../runtime/runtime";
import { contextEventFields } from "./context-event-fields";
import { conversationEventData } from "./conversation-event-data";
import { emitWebhookEvent } from "./emit-webhook-event";

/**
 * `handoff.accepted` or `conversation.resolved` after the change committed,
 * naming the agent who acted (default: the conversation's assignee, e.g. the
 * auto-assigner's pick), with the context package and the transcript as each
 * endpoint wants it. Never throws.
 */
export async function emitAgentWebhook(
  runtime: Runtime,
  type: "handoff.accepted" | "conversation.resolved",
  conversationId: string,
  agent?: { userId: string; name: string },
): Promise<void> {
  try {
    const { workspaceId, assignee, data } = await conversationEventData(runtime.db, conversationId);
    await emitWebhookEvent(runtime, {
      workspaceId,
      type,
      data: { ...data, agent: agent ? { id: agent.userId, name: agent.name } : assignee },
      extra: contextEventFields(runtime, conversationId),
    });
  } catch (error) {
    runtime.log("error", `webhook event ${type} failed`, { conversationId, error: String(error) });
  }
}
