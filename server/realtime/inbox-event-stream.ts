import "server-only";
import type { Runtime } from "../conversations/runtime";
import { agentTeamIds, type Agent } from "../handoff/agent-scope";
import { conversationScope, type ConversationScope } from "./conversation-scope";
import { workspaceOfTopic } from "./workspace-topic";

const HEARTBEAT_MS = 15_000;

/**
 * The inbox's SSE stream. `event: change` with `{"conversationId","seq"}`
 * for every change of a conversation in the agent's workspace and scope (new
 * message, status, assignment, note); `event: presence` when someone of the
 * workspace changes presence; a keep-alive comment every 15 s. It carries ids
 * only — the inbox refetches what changed — so a reconnect just refetches.
 */
export function inboxEventStream(runtime: Runtime, agent: Agent, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let closed = false;
  let unsubscribe = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  // The agent's teams, re-read with each keep-alive (null: an admin, who sees every team).
  let teams: Promise<string[] | null> = agentTeamIds(runtime.db, agent).catch(() => []);

  const inScope = async (scope: ConversationScope | null) => {
    if (!scope || scope.workspaceId !== agent.workspaceId) return false;
    const teamIds = await teams;
    return !teamIds || scope.assigneeId === agent.userId || (scope.teamId !== null && teamIds.includes(scope.teamId));
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const onChange = async (conversationId: string, seq: number) => {
        const workspace = workspaceOfTopic(conversationId);
        if (workspace !== null) {
          if (workspace === agent.workspaceId) write(`event: presence\ndata: {}\n\n`);
          return;
        }
        try {
          if (await inScope(await conversationScope(runtime.db, conversationId, seq))) {
            write(`event: change\ndata: ${JSON.stringify({ conversationId, seq })}\n\n`);
          }
        } catch (error) {
          runtime.log("error", "inbox stream lookup failed", { conversationId, error: String(error) });
        }
      };
      write(`retry: 2000\n: connected\n\n`);
      unsubscribe = runtime.bus.subscribeAll((conversationId, seq) => void onChange(conversationId, seq));
      heartbeat = setInterval(() => {
        const previous = teams;
        teams = agentTeamIds(runtime.db, agent).catch(() => previous);
        write(`: keep-alive\n\n`);
      }, HEARTBEAT_MS);
      signal.addEventListener("abort", close);
    },
    cancel() {
      closed = true;
      unsubscribe();
      clearInterval(heartbeat);
    },
  });
}
