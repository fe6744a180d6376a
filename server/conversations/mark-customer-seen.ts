import "server-only";
import type { Runtime } from "../runtime/runtime";

/** How stale the stamp may get before a sign of life writes it again (keep-alives come every 15 s). */
const RESTAMP_SECONDS = 30;

/**
 * The queued customer is still there (their chat stream is open, they type or read): stamps
 * `customerSeenAt`, which the abandonment sweep reads. Only while queued, and at most every
 * 30 s, so an open chat costs next to nothing. A failure only delays the stamp.
 */
export async function markCustomerSeen(runtime: Pick<Runtime, "db" | "now" | "log">, conversationId: string): Promise<void> {
  const now = runtime.now();
  await runtime.db
    .$executeRawUnsafe(
      `UPDATE "Conversation" SET "customerSeenAt" = $2::timestamptz AT TIME ZONE 'UTC'
       WHERE "id" = $1 AND "status" = 'QUEUED'
         AND ("customerSeenAt" IS NULL OR "customerSeenAt" < ($2::timestamptz AT TIME ZONE 'UTC') - make_interval(secs => $3))`,
      conversationId,
      now.toISOString(),
      RESTAMP_SECONDS,
    )
    .catch((error: unknown) => runtime.log("error", "customer seen stamp failed", { conversationId, error: String(error) }));
}
