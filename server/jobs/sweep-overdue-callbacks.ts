import "server-only";
import type { Runtime } from "../runtime/runtime";
import { CALLBACK_OVERDUE_AFTER_MS } from "../engine/callback-overdue-after";
import { publishCallbackChanges, recordCallbackEvents, type ClaimedCallback } from "./announce-callbacks";
import { withTransaction } from "../db/with-transaction";

/**
 * Pending callbacks 30 minutes past due stay pending (someone should still
 * call) but get one `callback_overdue` event each, for alerts and analytics.
 * Claimed with FOR UPDATE SKIP LOCKED; the event is written in the same
 * transaction, so it is emitted once across instances. Returns how many.
 */
export async function sweepOverdueCallbacks(runtime: Runtime, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - CALLBACK_OVERDUE_AFTER_MS);
  const overdue = await withTransaction(
    runtime.db,
    async (tx) => {
      const rows = await tx.$queryRawUnsafe<ClaimedCallback[]>(
        `SELECT cb."id", cb."workspaceId", cb."conversationId", cb."dueAt" FROM "Callback" cb
       WHERE cb."status" = 'PENDING' AND cb."dueAt" < $1::timestamptz AT TIME ZONE 'UTC'
         AND NOT EXISTS (SELECT 1 FROM "Event" e WHERE e."workspaceId" = cb."workspaceId" AND e."type" = 'callback_overdue' AND e."data"->>'callbackId' = cb."id")
       ORDER BY cb."dueAt" LIMIT 100 FOR UPDATE OF cb SKIP LOCKED`,
        cutoff.toISOString(),
      );
      await recordCallbackEvents(tx, "callback_overdue", rows, now);
      return rows;
    },
    { maxWait: 2_000, timeout: 5_000 },
  );
  await publishCallbackChanges(runtime, overdue);
  return overdue.length;
}
