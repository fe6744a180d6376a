import "server-only";
import type { DbClient } from "../db/db-client";
import { CALLBACK_OVERDUE_AFTER_MS } from "../engine/callback-overdue-after";
import { conversationWhere, currentFlag, SqlParams, type AnalyticsScope } from "./analytics-scope";
import { liveRangesWhere, rollupCoverage, rollupTable, rollupWhere } from "./rollup-coverage";
import { count } from "./shape-figures";

/**
 * Callbacks of the measured conversations, by state: booked (all), done, missed, overdue (pending past due + grace), still pending.
 * The days the rollups cover come from the conversation rollups (rollupTable: per team and agent too), except overdue ones (they depend on
 * `now`): those are counted live among pending callbacks only.
 */
export async function queryCallbacks(db: DbClient, scope: AnalyticsScope, now: Date) {
  const coverage = await rollupCoverage(db, scope, scope.bounds.previousStart, false, true);
  const params = new SqlParams();
  const current = currentFlag(scope, params);
  const where = conversationWhere(scope, params);
  const overdueBefore = `${params.add(new Date(now.getTime() - CALLBACK_OVERDUE_AFTER_MS).toISOString())}::timestamptz AT TIME ZONE 'UTC'`;
  const callbacks = `FROM "Callback" cb JOIN "Conversation" c ON c."id" = cb."conversationId"
     WHERE ${where} AND cb."workspaceId" = c."workspaceId" AND cb."createdAt" >= ${params.add(scope.bounds.previousStart)}::timestamp`;
  const columns = (overdue: string) => `count(*) AS "booked",
       count(*) FILTER (WHERE cb."status" = 'DONE') AS "done",
       count(*) FILTER (WHERE cb."status" = 'MISSED') AS "missed",
       ${overdue} AS "overdue",
       count(*) FILTER (WHERE cb."status" = 'PENDING') AS "pending"`;
  const overdue = `count(*) FILTER (WHERE cb."status" = 'PENDING' AND cb."dueAt" < ${overdueBefore})`;
  const sql = coverage
    ? `SELECT u."current", sum(u."booked") AS "booked", sum(u."done") AS "done", sum(u."missed") AS "missed", sum(u."overdue") AS "overdue", sum(u."pending") AS "pending"
       FROM (
         SELECT (r."bucket" >= ${params.add(scope.bounds.currentStart)}::timestamp) AS "current", sum(r."callbacksBooked") AS "booked", sum(r."callbacksDone") AS "done",
           sum(r."callbacksMissed") AS "missed", 0 AS "overdue", sum(r."callbacksPending") AS "pending"
         FROM ${rollupTable(scope)} r WHERE ${rollupWhere(scope, coverage, params, scope.bounds.previousStart)} GROUP BY 1
         UNION ALL
         SELECT ${current} AS "current", ${columns("0")} ${callbacks} AND ${liveRangesWhere(coverage, params)} GROUP BY 1
         UNION ALL
         SELECT ${current} AS "current", 0, 0, 0, count(*), 0 ${callbacks} AND cb."status" = 'PENDING' AND cb."dueAt" < ${overdueBefore} GROUP BY 1
       ) u GROUP BY 1`
    : `SELECT ${current} AS "current", ${columns(overdue)} ${callbacks} GROUP BY 1`;
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params.values);
  const shape = (row: Record<string, unknown> = {}) => ({
    booked: count(row.booked),
    done: count(row.done),
    missed: count(row.missed),
    overdue: count(row.overdue),
    pending: count(row.pending),
  });
  return { current: shape(rows.find((r) => r.current === true)), previous: shape(rows.find((r) => r.current === false)) };
}
