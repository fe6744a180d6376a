import "server-only";
import type { Runtime } from "../runtime/runtime";
import { publishChange } from "../handoff/publish-change";
import { requeueUnanswered } from "../handoff/requeue-unanswered";
import { workspaceTopic } from "../realtime/workspace-topic";
import { withTransaction } from "../db/with-transaction";

/** No heartbeat for this long (all the agent's inbox tabs closed, or the machine asleep): offline. */
export const STALE_AFTER_MS = 2 * 60_000;

/**
 * Online or away agents without a heartbeat for 2 minutes go offline, and the
 * conversations they hold but have not answered go back to the queue. The
 * memberships are claimed with FOR UPDATE SKIP LOCKED. Presence set without
 * ever a heartbeat (seeds, scripts) is left alone. Returns how many agents
 * went offline.
 */
export async function sweepStalePresence(runtime: Runtime, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - STALE_AFTER_MS);
  const stale = await withTransaction(
    runtime.db,
    async (tx) => {
      const rows = await tx.$queryRawUnsafe<{ id: string; userId: string; workspaceId: string }[]>(
        `SELECT "id", "userId", "workspaceId" FROM "Membership"
       WHERE "presence" IN ('ONLINE', 'AWAY') AND "lastSeenAt" < $1::timestamptz AT TIME ZONE 'UTC'
       LIMIT 100 FOR UPDATE SKIP LOCKED`,
        cutoff.toISOString(),
      );
      if (rows.length) await tx.membership.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { presence: "OFFLINE" } });
      return rows;
    },
    { maxWait: 2_000, timeout: 5_000 },
  );
  for (const membership of stale) {
    await publishChange(runtime, workspaceTopic(membership.workspaceId), 0);
    await requeueUnanswered(runtime, membership.workspaceId, membership.userId);
  }
  return stale.length;
}
