import "server-only";
import type { DbClient } from "../db/db-client";
import { withTransaction } from "../db/with-transaction";
import { SPAN_DAYS, SPAN_EPOCH } from "./rollup-spans";

const LIMITS = { maxWait: 10_000, timeout: 60_000 };

/** Spans (of `$1` days) whose every day is rolled up and clean and that are not written yet. */
const READY = `SELECT d."workspaceId", to_char(s."day", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "day"
  FROM "AnalyticsRollupDay" d
  CROSS JOIN LATERAL (SELECT TIMESTAMP '${SPAN_EPOCH}'
    + floor(extract(epoch FROM d."day" - TIMESTAMP '${SPAN_EPOCH}') / 86400 / $1::int)::int * $1::int * interval '1 day' AS "day") s
  WHERE d."rolledAt" IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM "AnalyticsRollupDirty" x WHERE x."workspaceId" = d."workspaceId" AND x."day" = d."day")
    AND NOT EXISTS (SELECT 1 FROM "AnalyticsRollupSpan" w WHERE w."workspaceId" = d."workspaceId" AND w."days" = $1::int AND w."day" = s."day")
  GROUP BY 1, 2 HAVING count(*) = $1::int`;

/** The span's days, rolled up, locked against being rolled again while their counts are merged (skipped if one is being rolled). */
const LOCK_DAYS = `SELECT 1 FROM "AnalyticsRollupDay" WHERE "workspaceId" = $1 AND "day" >= $2::timestamp AND "day" < $2::timestamp + $3::int * interval '1 day'
  AND "rolledAt" IS NOT NULL FOR SHARE SKIP LOCKED`;

const MERGE = `INSERT INTO "AnalyticsHandoffValueSpanRollup" ("workspaceId", "day", "days", "flowId", "flowVersionId", "channel", "teamId", "agentId", "metric", "value", "n")
  SELECT $1, $2::timestamp, $3::int, "flowId", "flowVersionId", "channel", "teamId", "agentId", "metric", "value", sum("n")::int
  FROM "AnalyticsHandoffValueRollup"
  WHERE "workspaceId" = $1 AND "day" >= $2::timestamp AND "day" < $2::timestamp + $3::int * interval '1 day' AND "metric" IN ('wait', 'firstReply', 'handle')
  GROUP BY "flowId", "flowVersionId", "channel", "teamId", "agentId", "metric", "value"`;

/**
 * Merges the value counts of spans whose days are all rolled up (the sweep's last step): 28- and 7-day spans aligned to Monday
 * 2000-01-03, each in its own transaction with its days share-locked, so a day being rolled again (which deletes its spans)
 * is never merged half-done. Returns how many spans were written.
 */
export async function rollUpSpans(db: DbClient): Promise<number> {
  let written = 0;
  for (const days of SPAN_DAYS) {
    const ready = await db.$queryRawUnsafe<{ workspaceId: string; day: string }[]>(READY, days);
    for (const span of ready) {
      const done = await withTransaction(
        db,
        async (tx) => {
          const locked = await tx.$queryRawUnsafe<unknown[]>(LOCK_DAYS, span.workspaceId, span.day, days);
          if (locked.length !== days) return false;
          await tx.$executeRawUnsafe(
            `DELETE FROM "AnalyticsHandoffValueSpanRollup" WHERE "workspaceId" = $1 AND "days" = $3::int AND "day" = $2::timestamp`,
            span.workspaceId,
            span.day,
            days,
          );
          await tx.$executeRawUnsafe(MERGE, span.workspaceId, span.day, days);
          await tx.$executeRawUnsafe(
            `INSERT INTO "AnalyticsRollupSpan" ("workspaceId", "day", "days") VALUES ($1, $2::timestamp, $3::int) ON CONFLICT DO NOTHING`,
            span.workspaceId,
            span.day,
            days,
          );
          return true;
        },
        LIMITS,
      );
      if (done) written++;
    }
  }
  return written;
}
