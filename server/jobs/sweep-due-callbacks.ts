import "server-only";
import type { Runtime } from "../runtime/runtime";
import { publishCallbackChanges, recordCallbackEvents, type ClaimedCallback } from "./announce-callbacks";
import { withTransaction } from "../db/with-transaction";

/**
 * The reminder at a pending callback's due time: each is claimed once across
 * instances by stamping `remindedAt` (FOR UPDATE SKIP LOCKED) with a
 * `callback_due` event in the same statement's transaction; then its
 * conversation is published as changed, so the team's open inboxes show it
 * as due and alert (toast, chime, desktop notification). Returns how many.
 */
export async function sweepDueCallbacks(runtime: Runtime, now: Date): Promise<number> {
  const due = await withTransaction(
    runtime.db,
    async (tx) => {
      const rows = await tx.$queryRawUnsafe<ClaimedCallback[]>(
        `UPDATE "Callback" cb SET "remindedAt" = $1::timestamptz AT TIME ZONE 'UTC'
       WHERE cb."id" IN (
         SELECT p."id" FROM "Callback" p
         WHERE p."status" = 'PENDING' AND p."remindedAt" IS NULL AND p."dueAt" <= $1::timestamptz AT TIME ZONE 'UTC'
         ORDER BY p."dueAt" LIMIT 100 FOR UPDATE SKIP LOCKED)
       RETURNING cb."id", cb."workspaceId", cb."conversationId", cb."dueAt"`,
        now.toISOString(),
      );
      await recordCallbackEvents(tx, "callback_due", rows, now);
      return rows;
    },
    { maxWait: 2_000, timeout: 5_000 },
  );
  await publishCallbackChanges(runtime, due);
  return due.length;
}
