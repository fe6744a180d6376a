import "server-only";
import type { Runtime } from "../runtime/runtime";
import { agentTeamIds, scopeOf, type Agent } from "../handoff/agent-scope";
import { conversationScope, type ConversationScope } from "./conversation-scope";
import type { LiveSignal } from "./live-signal";
import { sseStream, type SseSession } from "./sse-stream";
import type { InboxStreamEvent } from "./stream-events/inbox-stream-event";
import { trackOpenInbox } from "./track-open-inbox";
import { workspaceOfTopic } from "./workspace-topic";

/** How far back a reconnect may resume; older ids get `resync` (a laptop that slept an hour refetches everything). */
export const RESUME_WINDOW_MS = 10 * 60_000;
/** At most this many conversations are replayed on resume; more get `resync`, which is cheaper then. */
export const RESUME_LIMIT = 200;
/**
 * Resume looks this far behind the last id: a change is stamped (updatedAt)
 * before it commits and is seen, so one committed just after the id was
 * handed out may carry an earlier time. A repeated `change` only refetches.
 */
export const RESUME_OVERLAP_MS = 2_000;
/** How many conversations a stream remembers having told about (the oldest are forgotten first). */
const MAX_KNOWN = 2_000;
/** Ids ahead of this instance's clock by more than this are not ours to trust (another instance's skew is smaller). */
const FUTURE_TOLERANCE_MS = 60_000;

/**
 * The inbox's SSE stream, for one agent's workspace and scope:
 * - `event: change` `{"conversationId","seq"}` for every change of a
 *   conversation (new message, status, assignment, note), with an `id:` —
 *   the time the server saw it, in ms, never decreasing on one stream —
 *   and one last `change` when a conversation it told about leaves the scope;
 * - on reconnect with `lastEventId` (the browser's `Last-Event-ID`), first a
 *   `change` for each conversation changed since (so nothing is missed), or
 *   `event: resync` when the id is unusable or too old — refetch everything;
 * - `event: ready` with an id on a fresh connection, so even a quiet stream
 *   can resume;
 * - `event: presence` when someone of the workspace changes presence;
 * - `event: typing` `{"conversationId","typing"}` and `event: read`
 *   `{"conversationId","seq"}` from customers (live only, no id);
 * - a keep-alive comment every 15 s.
 * When the agent's last inbox stream closes, they go offline soon after (track-open-inbox).
 * It carries ids only — the inbox refetches what changed.
 */
export function inboxEventStream(runtime: Runtime, agent: Agent, signal: AbortSignal, lastEventId: string | null = null): ReadableStream<Uint8Array> {
  // The agent's teams, re-read with each keep-alive (null: an admin, who sees every team).
  let teams: Promise<string[] | null> = agentTeamIds(runtime.db, agent).catch(() => []);

  const inScope = async (scope: ConversationScope | null) => {
    if (!scope || scope.workspaceId !== agent.workspaceId) return false;
    const teamIds = await teams;
    return !teamIds || scope.assigneeId === agent.userId || (scope.teamId !== null && teamIds.includes(scope.teamId));
  };

  const since = parseEventId(lastEventId);
  let lastId = typeof since === "number" ? since : 0;
  const nextId = () => (lastId = Math.max(lastId, runtime.now().getTime()));

  // Conversations this stream told about: told once more when they leave the scope (transferred away), so the
  // agent's list drops them and an open one stops showing a stale state.
  const known = new Set<string>();

  return sseStream<InboxStreamEvent>(signal, (session) => {
    const send = (conversationId: string, seq: number) => session.send({ event: "change", id: nextId(), data: { conversationId, seq } });
    const writeChange = (conversationId: string, seq: number) => {
      known.delete(conversationId); // re-inserted: the Set keeps the most recent last
      known.add(conversationId);
      if (known.size > MAX_KNOWN) known.delete(known.values().next().value!);
      send(conversationId, seq);
    };

    // Live changes wait for the replay, so the client's last id never passes a change it has not been sent.
    const replayed = replay(session, since, writeChange);

    const onChange = async (conversationId: string, seq: number) => {
      const workspace = workspaceOfTopic(conversationId);
      if (workspace !== null) {
        if (workspace === agent.workspaceId) session.send({ event: "presence", data: {} });
        return;
      }
      try {
        const visible = await inScope(await conversationScope(runtime.db, conversationId, seq));
        await replayed;
        if (visible) writeChange(conversationId, seq);
        else if (known.delete(conversationId)) send(conversationId, seq);
      } catch (error) {
        runtime.log("error", "inbox stream lookup failed", { conversationId, error: String(error) });
      }
    };

    const onSignal = async (conversationId: string, live: LiveSignal) => {
      // The agents' own typing and reads go to the customer, not back to the inbox.
      if (live.author !== "customer") return;
      try {
        // Signals carry no seq: one scope lookup per conversation serves every signal of the next 2 s.
        if (!(await inScope(await conversationScope(runtime.db, conversationId, -1)))) return;
        if (live.kind === "typing") session.send({ event: "typing", data: { conversationId, typing: live.typing } });
        else session.send({ event: "read", data: { conversationId, seq: live.seq } });
      } catch (error) {
        runtime.log("error", "inbox stream lookup failed", { conversationId, error: String(error) });
      }
    };

    const unsubscribers = [
      runtime.bus.subscribeAll((conversationId, seq) => void onChange(conversationId, seq)),
      runtime.bus.subscribeAllSignals((conversationId, live) => void onSignal(conversationId, live)),
      trackOpenInbox(runtime, agent),
    ];
    return {
      unsubscribe: () => unsubscribers.forEach((stop) => stop()),
      onHeartbeat: () => {
        const previous = teams;
        teams = agentTeamIds(runtime.db, agent).catch(() => previous);
      },
    };
  });

  /** What a (re)connection starts with: `ready`, the missed changes, or `resync`. */
  async function replay(session: SseSession<InboxStreamEvent>, from: number | "invalid" | null, writeChange: (conversationId: string, seq: number) => void) {
    const now = runtime.now().getTime();
    if (from === null) return session.send({ event: "ready", id: nextId(), data: {} });
    const resync = () => session.send({ event: "resync", id: nextId(), data: {} });
    if (from === "invalid" || from < now - RESUME_WINDOW_MS || from > now + FUTURE_TOLERANCE_MS) return resync();
    try {
      const scope = scopeOf(agent, await teams);
      const changed = await runtime.db.conversation.findMany({
        where: { AND: [scope.conversations, { updatedAt: { gt: new Date(from - RESUME_OVERLAP_MS) } }] },
        orderBy: { updatedAt: "asc" },
        take: RESUME_LIMIT + 1,
        select: { id: true, lastSeq: true },
      });
      if (changed.length > RESUME_LIMIT) return resync();
      for (const conversation of changed) writeChange(conversation.id, conversation.lastSeq);
      // Presence is not kept, so whether it changed meanwhile is unknown: have the client look again.
      session.send({ event: "presence", data: {} });
    } catch (error) {
      runtime.log("error", "inbox stream resume failed", { error: String(error) });
      resync();
    }
  }
}

/** A `Last-Event-ID`: null when absent (a fresh connection), "invalid" when it is not one of ours. */
function parseEventId(value: string | null): number | "invalid" | null {
  if (value === null || value.trim() === "") return null;
  return /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : "invalid";
}
