import "server-only";
import type { DbClient } from "../db/db-client";
import { conversationWhere, currentFlag, SqlParams, type AnalyticsScope } from "./analytics-scope";
import { count } from "./shape-figures";

/** How far back an earlier escalation makes this one a repeat. */
export const REPEAT_WINDOW_DAYS = 7;

/**
 * Customers who needed a person again within 7 days: escalated conversations of the period
 * whose customer (by e-mail, given or collected by the flow, case-insensitive) had another
 * escalation in the 7 days before. Counted in conversations and in customers; the earlier
 * one may fall before the period. Conversations without an e-mail cannot be matched.
 */
export async function queryRepeatEscalation(db: DbClient, scope: AnalyticsScope) {
  const params = new SqlParams();
  const current = currentFlag(scope, params);
  const since = new Date(Date.parse(`${scope.bounds.previousStart}Z`) - REPEAT_WINDOW_DAYS * 86_400_000).toISOString().replace("Z", "");
  const where = conversationWhere(scope, params, since);
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `WITH esc AS (
       SELECT c."id", ${current} AS "current", lower(trim(COALESCE(c."customerEmail", c."variables"->>'email'))) AS "customer", c."createdAt" AS "startedAt", min(h."requestedAt") AS "at"
       FROM "Conversation" c JOIN "Handoff" h ON h."conversationId" = c."id"
       WHERE ${where} AND h."workspaceId" = c."workspaceId" AND h."requestedAt" >= ${params.add(since)}::timestamp
         AND COALESCE(c."customerEmail", c."variables"->>'email') IS NOT NULL
       GROUP BY 1, 2, 3, 4
     ), first AS (
       SELECT * FROM esc WHERE "startedAt" >= ${params.add(scope.bounds.previousStart)}::timestamp
     )
     SELECT e."current", count(*) AS "conversations", count(DISTINCT e."customer") AS "customers"
     FROM first e
     WHERE EXISTS (SELECT 1 FROM esc p WHERE p."customer" = e."customer" AND p."id" <> e."id" AND p."at" < e."at" AND p."at" >= e."at" - interval '${REPEAT_WINDOW_DAYS} days')
     GROUP BY 1`,
    ...params.values,
  );
  const shape = (row: Record<string, unknown> = {}) => ({ conversations: count(row.conversations), customers: count(row.customers) });
  return { current: shape(rows.find((r) => r.current === true)), previous: shape(rows.find((r) => r.current === false)) };
}
