import { teamWaitFactors, estimateWait } from "./team-wait-factors";
import type { DbClient } from "../db/db-client";

import type { QueueStatus } from "../realtime/stream-events/queue-status-schema";

export type { QueueStatus };

/**
 * Where a queued conversation stands: its place among the team's queued
 * conversations (higher priority first, then oldest), and a wait estimate
 * (see team-wait-factors).
 */
export async function queueStatus(
  db: DbClient,
  conversation: { id: string; workspaceId: string; teamId: string | null; priority: number; queuedAt: Date | null },
): Promise<QueueStatus | null> {
  if (!conversation.queuedAt) return null;
  const [ahead, factors] = await Promise.all([
    db.conversation.count({
      where: {
        workspaceId: conversation.workspaceId,
        teamId: conversation.teamId,
        status: "QUEUED",
        id: { not: conversation.id },
        OR: [{ priority: { gt: conversation.priority } }, { priority: conversation.priority, queuedAt: { lt: conversation.queuedAt } }],
      },
    }),
    teamWaitFactors(db, conversation.teamId),
  ]);
  const position = ahead + 1;
  return { position, estimatedWaitSeconds: estimateWait(position, factors) };
}
