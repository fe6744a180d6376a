import "server-only";
import type { Runtime } from "../runtime/runtime";
import { assignTeamQueue } from "../handoff/assign-team-queue";

/**
 * Queued conversations of least-busy and round-robin teams get an agent as
 * soon as one has room (came online, resolved one): each team's queue is
 * served in order, highest priority and longest waiting first, until its
 * agents are full. Returns how many were assigned.
 */
export async function sweepWaitingAssignments(runtime: Runtime): Promise<number> {
  const teams = await runtime.db.conversation.findMany({
    where: { status: "QUEUED", teamId: { not: null }, team: { assignmentPolicy: { not: "MANUAL" } } },
    distinct: ["teamId"],
    select: { teamId: true },
  });
  let assigned = 0;
  for (const { teamId } of teams) assigned += (await assignTeamQueue(runtime, teamId!)).size;
  return assigned;
}
