import "server-only";
import type { DbClient } from "../db/db-client";
import { withTransaction } from "../db/with-transaction";
import { MAX_PERIOD_DAYS } from "./resolve-period";
import { rollUpHandoffDay } from "./roll-up-handoff-day";
import { rollUpSpans } from "./roll-up-spans";

const DAY_MS = 86_400_000;
/** How far back days are rolled up: two of the longest periods (current and previous) and the repeat window. */
const HORIZON_DAYS = 2 * MAX_PERIOD_DAYS + 8;
const LIMITS = { maxWait: 10_000, timeout: 60_000 };

/**
 * The aggregate written per quarter hour (UTC), flow, version and channel: the same expressions as the live conversation figures.
 * `members`: into "AnalyticsMemberRollup", conversations with a team or an agent only, also grouped by their sorted team ids (the
 * team routed to and every handoff's team) and accepting agents' ids — what the live team and agent conditions look at.
 */
const rollUpDay = (members: boolean) => `
  INSERT INTO "${members ? "AnalyticsMemberRollup" : "AnalyticsRollup"}" ("workspaceId", "bucket", "flowId", "flowVersionId", "channel",${members ? ` "teamIds", "agentIds",` : ""} "started", "escalated", "contained", "abandoned",
    "rated", "ratingSum", "botOnlyRated", "botOnlyRatingSum", "withPersonRated", "withPersonRatingSum",
    "rated1", "rated2", "rated3", "rated4", "rated5", "callbacksBooked", "callbacksDone", "callbacksMissed", "callbacksPending")
  SELECT c."workspaceId", date_bin('15 minutes', c."createdAt", TIMESTAMP '2000-01-01'), c."flowId", c."flowVersionId", c."channel",${members ? ` m."teamIds", m."agentIds",` : ""}
    count(*),
    count(*) FILTER (WHERE h."n" IS NOT NULL),
    count(*) FILTER (WHERE h."n" IS NULL AND (c."status" = 'RESOLVED' OR c."rating" >= 4)),
    count(*) FILTER (WHERE c."status" = 'ABANDONED'),
    count(c."rating"),
    COALESCE(sum(c."rating"), 0),
    count(c."rating") FILTER (WHERE h."accepted" IS NOT TRUE),
    COALESCE(sum(c."rating") FILTER (WHERE h."accepted" IS NOT TRUE), 0),
    count(c."rating") FILTER (WHERE h."accepted"),
    COALESCE(sum(c."rating") FILTER (WHERE h."accepted"), 0),
    count(*) FILTER (WHERE c."rating" = 1), count(*) FILTER (WHERE c."rating" = 2), count(*) FILTER (WHERE c."rating" = 3),
    count(*) FILTER (WHERE c."rating" = 4), count(*) FILTER (WHERE c."rating" = 5),
    COALESCE(sum(cb."booked"), 0), COALESCE(sum(cb."done"), 0), COALESCE(sum(cb."missed"), 0), COALESCE(sum(cb."pending"), 0)
  FROM "Conversation" c
  LEFT JOIN (
    SELECT "conversationId", count(*) AS "n", bool_or("acceptedAt" IS NOT NULL) AS "accepted"
    FROM "Handoff" WHERE "workspaceId" = $1 AND "requestedAt" >= $2::timestamp
    GROUP BY "conversationId"
  ) h ON h."conversationId" = c."id"
  LEFT JOIN (
    SELECT "conversationId", count(*) AS "booked", count(*) FILTER (WHERE "status" = 'DONE') AS "done",
      count(*) FILTER (WHERE "status" = 'MISSED') AS "missed", count(*) FILTER (WHERE "status" = 'PENDING') AS "pending"
    FROM "Callback" WHERE "workspaceId" = $1 AND "createdAt" >= $2::timestamp
    GROUP BY "conversationId"
  ) cb ON cb."conversationId" = c."id"${
    members
      ? `
  CROSS JOIN LATERAL (
    SELECT COALESCE((SELECT array_agg(DISTINCT t."id" ORDER BY t."id") FROM (
        SELECT c."teamId" AS "id" UNION ALL SELECT x."teamId" FROM "Handoff" x WHERE x."conversationId" = c."id"
      ) t WHERE t."id" IS NOT NULL), '{}') AS "teamIds",
      COALESCE((SELECT array_agg(DISTINCT x."acceptedById" ORDER BY x."acceptedById") FROM "Handoff" x
        WHERE x."conversationId" = c."id" AND x."acceptedById" IS NOT NULL), '{}') AS "agentIds"
  ) m`
      : ""
  }
  WHERE c."workspaceId" = $1 AND c."channel" <> 'PREVIEW' AND c."createdAt" >= $2::timestamp AND c."createdAt" < $2::timestamp + interval '1 day'${
    members ? ` AND (cardinality(m."teamIds") > 0 OR cardinality(m."agentIds") > 0)` : ""
  }
  GROUP BY ${members ? "1, 2, 3, 4, 5, 6, 7" : "1, 2, 3, 4, 5"}`;
const ROLL_UP_DAY = rollUpDay(false);
const ROLL_UP_MEMBERS = rollUpDay(true);

/**
 * Transactions of this database that wrote before readyXid was taken and are still open (older transaction ids have larger
 * ages). Only this database's: a transaction elsewhere on the server cannot change these rows.
 */
const OLDER_WRITERS = `SELECT 1 FROM pg_stat_activity a
  WHERE a."datname" = current_database() AND a."pid" <> pg_backend_pid() AND a."backend_xid" IS NOT NULL
    AND age(a."backend_xid") > age(("readyXid" % 4294967296)::text::xid)`;

/**
 * One pass of the analytics rollups, as of `now` (the analytics-rollups sweep). Closed UTC days (before today) get their
 * conversation counts written per quarter hour; a day a later change touched (marked dirty by triggers in the changing
 * transaction) is redone. A day is first marked pending and committed, then a transaction id is taken, and it is only
 * aggregated once every older writing transaction of the database has ended: a change that did not see the pending row has committed by then
 * (and is counted), one that did marks the day dirty again. Several instances may sweep at once: each day is claimed
 * FOR UPDATE SKIP LOCKED. Then the value counts of spans whose days are all rolled up are merged (rollUpSpans). Returns how many days were written.
 */
export async function rollUpAnalytics(db: DbClient, now: Date, maxDays = 8): Promise<number> {
  const today = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  const horizon = new Date(today.getTime() - HORIZON_DAYS * DAY_MS);
  const ts = (date: Date) => date.toISOString().replace("Z", "");
  await withTransaction(
    db,
    async (tx) => {
      // Dirty days go back to pending (reads go live for them until redone).
      await tx.$executeRawUnsafe(
        `WITH claimed AS (
           DELETE FROM "AnalyticsRollupDirty" d WHERE ("workspaceId", "day") IN (
             SELECT "workspaceId", "day" FROM "AnalyticsRollupDirty" ORDER BY "day" LIMIT $1 FOR UPDATE SKIP LOCKED)
           RETURNING d."workspaceId", d."day")
         UPDATE "AnalyticsRollupDay" r SET "rolledAt" = NULL, "readyXid" = NULL FROM claimed
         WHERE r."workspaceId" = claimed."workspaceId" AND r."day" = claimed."day"`,
        maxDays,
      );
      // Closed days not rolled up yet, from each workspace's first conversation within the horizon, the latest first (the ones read most).
      await tx.$executeRawUnsafe(
        `INSERT INTO "AnalyticsRollupDay" ("workspaceId", "day")
         SELECT w."id", d.day
         FROM "Workspace" w
         CROSS JOIN LATERAL (SELECT min(c."createdAt") AS "first" FROM "Conversation" c WHERE c."workspaceId" = w."id" AND c."createdAt" >= $1::timestamp) f
         CROSS JOIN LATERAL generate_series(date_trunc('day', f."first"), $2::timestamp - interval '1 day', interval '1 day') AS d(day)
         WHERE f."first" IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM "AnalyticsRollupDay" r WHERE r."workspaceId" = w."id" AND r."day" = d.day)
         ORDER BY d.day DESC LIMIT $3
         ON CONFLICT DO NOTHING`,
        ts(horizon),
        ts(today),
        maxDays,
      );
    },
    LIMITS,
  );
  // A transaction id taken after the pending rows were committed.
  await withTransaction(db, (tx) => tx.$executeRawUnsafe(`UPDATE "AnalyticsRollupDay" SET "readyXid" = txid_current() WHERE "readyXid" IS NULL`), LIMITS);
  let written = 0;
  for (;;) {
    const done = await withTransaction(
      db,
      async (tx) => {
        const [day] = await tx.$queryRawUnsafe<{ workspaceId: string; day: Date | string }[]>(
          `SELECT "workspaceId", to_char("day", 'YYYY-MM-DD"T"HH24:MI:SS') AS "day" FROM "AnalyticsRollupDay"
           WHERE "rolledAt" IS NULL AND "readyXid" IS NOT NULL AND NOT EXISTS (${OLDER_WRITERS})
           ORDER BY "day" DESC LIMIT 1 FOR UPDATE SKIP LOCKED`,
        );
        if (!day) return false;
        await tx.$executeRawUnsafe(
          `DELETE FROM "AnalyticsRollup" WHERE "workspaceId" = $1 AND "bucket" >= $2::timestamp AND "bucket" < $2::timestamp + interval '1 day'`,
          day.workspaceId,
          day.day,
        );
        await tx.$executeRawUnsafe(
          `DELETE FROM "AnalyticsMemberRollup" WHERE "workspaceId" = $1 AND "bucket" >= $2::timestamp AND "bucket" < $2::timestamp + interval '1 day'`,
          day.workspaceId,
          day.day,
        );
        await tx.$executeRawUnsafe(ROLL_UP_DAY, day.workspaceId, day.day);
        await tx.$executeRawUnsafe(ROLL_UP_MEMBERS, day.workspaceId, day.day);
        for (const sql of rollUpHandoffDay) await tx.$executeRawUnsafe(sql, day.workspaceId, day.day);
        await tx.$executeRawUnsafe(
          `UPDATE "AnalyticsRollupDay" SET "rolledAt" = $3::timestamp WHERE "workspaceId" = $1 AND "day" = $2::timestamp`,
          day.workspaceId,
          day.day,
          ts(now),
        );
        return true;
      },
      LIMITS,
    );
    if (!done) break;
    written++;
    if (written >= maxDays) break;
  }
  await rollUpSpans(db);
  return written;
}
