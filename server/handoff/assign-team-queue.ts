import "server-only";
import type { Runtime } from "../runtime/runtime";
import { autoAssign } from "./auto-assign";

/** How many queued conversations one pass looks at: more than a team's agents free up at once. */
const BATCH = 50;

/**
 * Serves a least-busy or round-robin team's queue in its order — highest
 * priority, then longest waiting — for as long as its agents have room, so a
 * newcomer never takes the seat someone older was waiting for. Called when a
 * conversation joins a queue (a handoff, a transfer, a requeue) and by the
 * sweep. Returns the conversations assigned, each with its new last seq.
 */
export async function assignTeamQueue(runtime: Runtime, teamId: string): Promise<Map<string, number>> {
  const assigned = new Map<string, number>();
  const waiting = await runtime.db.conversation.findMany({
    where: { teamId, status: "QUEUED", team: { assignmentPolicy: { not: "MANUAL" } } },
    orderBy: [{ priority: "desc" }, { queuedAt: "asc" }, { id: "asc" }],
    take: BATCH,
    select: { id: true },
  });
  for (const { id } of waiting) {
    const outcome = await autoAssign(runtime, id);
    if (outcome === "no_agent") break;
    if (typeof outcome === "number") assigned.set(id, outcome);
  }
  return assigned;
}
