import "server-only";
import type { Runtime } from "../conversations/runtime";
import { agentTeamIds, type Agent } from "../handoff/agent-scope";
import { conversationScope, type ConversationScope } from "./conversation-scope";
import { sseStream } from "./sse-stream";
import { workspaceOfTopic } from "./workspace-topic";

/**
 * The inbox's SSE stream. `event: change` with `{"conversationId","seq"}`
 * for every change of a conversation in the agent's workspace and scope (new
 * message, status, assignment, note); `event: presence` when someone of the
 * workspace changes presence; a keep-alive comment every 15 s. It carries ids
 * only — the inbox refetches what changed — so a reconnect just refetches.
 */
export function inboxEventStream(runtime: Runtime, agent: Agent, signal: AbortSignal): ReadableStream<Uint8Array> {
  // The agent's teams, re-read with each keep-alive (null: an admin, who sees every team).
  let teams: Promise<string[] | null> = agentTeamIds(runtime.db, agent).catch(() => []);

  const inScope = async (scope: ConversationScope | null) => {
    if (!scope || scope.workspaceId !== agent.workspaceId) return false;
    const teamIds = await teams;
    return !teamIds || scope.assigneeId === agent.userId || (scope.teamId !== null && teamIds.includes(scope.teamId));
  };

  return sseStream(signal, (session) => {
    const onChange = async (conversationId: string, seq: number) => {
      const workspace = workspaceOfTopic(conversationId);
      if (workspace !== null) {
        if (workspace === agent.workspaceId) session.write(`event: presence\ndata: {}\n\n`);
        return;
      }
      try {
        if (await inScope(await conversationScope(runtime.db, conversationId, seq))) {
          session.write(`event: change\ndata: ${JSON.stringify({ conversationId, seq })}\n\n`);
        }
      } catch (error) {
        runtime.log("error", "inbox stream lookup failed", { conversationId, error: String(error) });
      }
    };
    return {
      unsubscribe: runtime.bus.subscribeAll((conversationId, seq) => void onChange(conversationId, seq)),
      onHeartbeat: () => {
        const previous = teams;
        teams = agentTeamIds(runtime.db, agent).catch(() => previous);
      },
    };
  });
}
