import "server-only";
import type { DbClient } from "../db/db-client";
import { CALLBACK_OVERDUE_AFTER_MS } from "../engine/callback-overdue-after";
import { conversationWhere, currentFlag, SqlParams, type AnalyticsScope } from "./analytics-scope";
import { count } from "./shape-figures";

/** Callbacks of the measured conversations, by state: booked (all), done, missed, overdue (pending past due + grace), still pending. */
export async function queryCallbacks(db: DbClient, scope: AnalyticsScope, now: Date) {
  const params = new SqlParams();
  const current = currentFlag(scope, params);
  const where = conversationWhere(scope, params);
  const overdueBefore = new Date(now.getTime() - CALLBACK_OVERDUE_AFTER_MS).toISOString();
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT ${current} AS "current",
       count(*) AS "booked",
       count(*) FILTER (WHERE cb."status" = 'DONE') AS "done",
       count(*) FILTER (WHERE cb."status" = 'MISSED') AS "missed",
       count(*) FILTER (WHERE cb."status" = 'PENDING' AND cb."dueAt" < ${params.add(overdueBefore)}::timestamptz AT TIME ZONE 'UTC') AS "overdue",
       count(*) FILTER (WHERE cb."status" = 'PENDING') AS "pending"
     FROM "Callback" cb JOIN "Conversation" c ON c."id" = cb."conversationId"
     WHERE ${where} AND cb."workspaceId" = c."workspaceId" AND cb."createdAt" >= ${params.add(scope.bounds.previousStart)}::timestamp
     GROUP BY 1`,
    ...params.values,
  );
  const shape = (row: Record<string, unknown> = {}) => ({
    booked: count(row.booked),
    done: count(row.done),
    missed: count(row.missed),
    overdue: count(row.overdue),
    pending: count(row.pending),
  });
  return { current: shape(rows.find((r) => r.current === true)), previous: shape(rows.find((r) => r.current === false)) };
}
