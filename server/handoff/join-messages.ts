import { renderTemplate } from "../engine/render-template";
import type { VariableValue } from "../engine/engine-state";
import type { InboxMessage } from "./append-inbox-messages";

interface OpenHandoff {
  kind: string;
  nodeId: string | null;
  context: unknown;
}

/**
 * What the customer sees when an agent takes over: for a warm handoff the
 * bot's introduction first (its template with {{agent_name}} and
 * {{team_name}} filled), then the system line that the agent joined.
 */
export function joinMessages(handoff: OpenHandoff | null, variables: unknown, agentName: string, teamName: string): InboxMessage[] {
  const messages: InboxMessage[] = [];
  const introduction = (handoff?.context as { introduction?: unknown } | null)?.introduction;
  if (handoff?.kind === "WARM" && typeof introduction === "string" && introduction.trim()) {
    const values = { ...(variables as Record<string, VariableValue>), agent_name: agentName, team_name: teamName };
    messages.push({ author: "BOT", text: renderTemplate(introduction, values), payload: { nodeId: handoff.nodeId, event: "introduction" } });
  }
  messages.push({
    author: "SYSTEM",
    text: `${agentName} joined the chat`,
    // event "status" so every client updates its status; `change` names what happened.
    payload: { event: "status", status: "ASSIGNED", change: "agent_joined", agentName },
  });
  return messages;
}
