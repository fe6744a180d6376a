import "server-only";
import type { Runtime } from "../conversations/runtime";
import { autoAssign } from "../handoff/auto-assign";

/**
 * Queued conversations of least-busy and round-robin teams get an agent as
 * soon as one has room (came online, resolved one): highest priority and
 * longest waiting first. A team whose next conversation finds nobody is
 * skipped for the rest of the sweep. Returns how many were assigned.
 */
export async function sweepWaitingAssignments(runtime: Runtime): Promise<number> {
  const waiting = await runtime.db.conversation.findMany({
    where: { status: "QUEUED", team: { assignmentPolicy: { not: "MANUAL" } } },
    orderBy: [{ priority: "desc" }, { queuedAt: "asc" }],
    take: 100,
    select: { id: true, teamId: true },
  });
  const full = new Set<string | null>();
  let assigned = 0;
  for (const conversation of waiting) {
    if (full.has(conversation.teamId)) continue;
    if ((await autoAssign(runtime, conversation.id)) === null) full.add(conversation.teamId);
    else assigned++;
  }
  return assigned;
}
