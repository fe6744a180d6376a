import "server-only";
import type { AnalyticsScope, SqlParams } from "./analytics-scope";
import { count } from "./shape-figures";

/** How far back an earlier escalation makes this one a repeat. */
export const REPEAT_WINDOW_DAYS = 7;

/**
 * Customers who needed a person again within 7 days, a part of queryHandoffSet reading `hc`: escalated conversations
 * of the period whose customer (by e-mail, given or collected by the flow, case-insensitive) had another escalation
 * in the 7 days before. Counted in conversations and in customers; the earlier one may fall before the period
 * (`hc` starts 7 days before the previous period). Conversations without an e-mail cannot be matched. `rolled`: the
 * covered whole days' escalations come from "AnalyticsEscalationRollup" (alias r, the condition given) and `hc` holds the rest.
 */
export function selectRepeatEscalation(scope: AnalyticsScope, params: SqlParams, rolled?: { where: string }) {
  const currentStart = params.add(scope.bounds.currentStart);
  const fromRollups = rolled
    ? `
       UNION ALL
       SELECT r."conversationId", (r."startedAt" >= ${currentStart}::timestamp), r."customer", r."startedAt", r."firstAt"
       FROM "AnalyticsEscalationRollup" r WHERE ${rolled.where}`
    : "";
  const sql = `SELECT json_agg(x) FROM (WITH esc AS (
       SELECT h."conversationId" AS "id", (h."createdAt" >= ${currentStart}::timestamp) AS "current", h."customer",
         h."createdAt" AS "startedAt", min(h."requestedAt") AS "at"
       FROM hc h WHERE h."customer" IS NOT NULL
       GROUP BY 1, 2, 3, 4${fromRollups}
     ), first AS (
       SELECT * FROM esc WHERE "startedAt" >= ${params.add(scope.bounds.previousStart)}::timestamp
     )
     SELECT e."current", count(*) AS "conversations", count(DISTINCT e."customer") AS "customers"
     FROM first e
     WHERE EXISTS (SELECT 1 FROM esc p WHERE p."customer" = e."customer" AND p."id" <> e."id" AND p."at" < e."at" AND p."at" >= e."at" - interval '${REPEAT_WINDOW_DAYS} days')
     GROUP BY 1) x`;
  const shape = (row: Record<string, unknown> = {}) => ({ conversations: count(row.conversations), customers: count(row.customers) });
  const shapeRows = (rows: Record<string, unknown>[]) => ({
    current: shape(rows.find((r) => r.current === true)),
    previous: shape(rows.find((r) => r.current === false)),
  });
  return { sql, shape: shapeRows };
}
