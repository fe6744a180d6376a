import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { SavedTurn } from "../conversations/save-turn";
import { assignTeamQueue } from "./assign-team-queue";
import { queuePriority } from "./queue-priority";
import { workspacePriorityRules } from "./workspace-priority-rules";

/**
 * After a turn queued a conversation: its priority from the workspace's rules, then the
 * team's assignment policy over its queue in order. Returns the turn as the customer should see it
 * (with the introduction and joined line when someone got it at once).
 * Never throws: the turn is saved already, and the sweep retries assignment.
 */
export async function routeHandoff(runtime: Runtime, conversationId: string, saved: SavedTurn): Promise<SavedTurn> {
  if (!saved.handoffId || saved.status !== "QUEUED") return saved;
  try {
    const handoff = await runtime.db.handoff.findUniqueOrThrow({
      where: { id: saved.handoffId },
      select: { reason: true, context: true, workspaceId: true, teamId: true },
    });
    const variables = ((handoff.context as { variables?: Record<string, unknown> } | null)?.variables ?? {}) as Record<string, unknown>;
    const priority = queuePriority(handoff.reason, variables, await workspacePriorityRules(runtime, handoff.workspaceId));
    await runtime.db.conversation.updateMany({ where: { id: conversationId, status: "QUEUED" }, data: { priority, updatedAt: runtime.now() } });
    await runtime.db.handoff.update({ where: { id: saved.handoffId }, data: { priority } });
    // The team's queue in order: this conversation gets an agent only if nobody before it in line is waiting for one.
    const lastSeq = handoff.teamId ? (await assignTeamQueue(runtime, handoff.teamId)).get(conversationId) : undefined;
    if (lastSeq === undefined) return saved;
    const joined = await runtime.db.message.findMany({ where: { conversationId, seq: { gt: saved.lastSeq, lte: lastSeq } }, orderBy: { seq: "asc" } });
    return { ...saved, status: "ASSIGNED", lastSeq, messages: [...saved.messages, ...joined] };
  } catch (error) {
    runtime.log("error", "routing a handoff failed", { conversationId, error: String(error) });
    return saved;
  }
}
