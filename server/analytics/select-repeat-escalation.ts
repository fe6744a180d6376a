import "server-only";
import type { AnalyticsScope, SqlParams } from "./analytics-scope";
import { count } from "./shape-figures";

/** How far back an earlier escalation makes this one a repeat. */
export const REPEAT_WINDOW_DAYS = 7;

/** The rolled-up escalations' column holding the earlier escalation the scope's flow, version and channel filters see. */
function earlierColumn(scope: AnalyticsScope): string {
  const channel = scope.channel ? "Channel" : "";
  const flow = scope.flowVersionId ? "Version" : scope.flowId ? "Flow" : "";
  return `earlier${flow}${channel}StartedAt`;
}

/**
 * Customers who needed a person again within 7 days, a part of queryHandoffSet reading `hc`: escalated conversations
 * of the period whose customer (by e-mail, given or collected by the flow, case-insensitive) had another escalation
 * in the 7 days before. Counted in conversations and in customers; the earlier one may fall before the period
 * (`hc` starts 7 days before the previous period). Conversations without an e-mail cannot be matched. `rolled`: the
 * covered whole days' escalations come from "AnalyticsEscalationRollup" (alias r, the condition given) and `hc` holds the rest.
 * The rolled-up escalations carry the answer (AnalyticsEscalationRollup's earlierStartedAt, or with flow, version or channel
 * filters the column of the earlier escalation those filters see; kept exact by the triggers that redo a customer's later
 * days), read through partial indexes without sorting. With nothing rolled up, "another escalation in the 7 days before" is
 * a window over each customer's escalations in time order (those at the same instant excluded, as the conversation itself is).
 */
export function selectRepeatEscalation(scope: AnalyticsScope, params: SqlParams, rolled?: { where: string; since: string }) {
  const currentStart = params.add(scope.bounds.currentStart);
  const previousStart = params.add(scope.bounds.previousStart);
  const live = `SELECT h."conversationId" AS "id", (h."createdAt" >= ${currentStart}::timestamp) AS "current", h."customer",
         h."createdAt" AS "startedAt", min(h."requestedAt") AS "at"
       FROM hc h WHERE h."customer" IS NOT NULL
       GROUP BY 1, 2, 3, 4`;
  const window = `interval '${REPEAT_WINDOW_DAYS} days'`;
  let sql: string;
  if (rolled) {
    const earlier = earlierColumn(scope);
    // The rolled-up escalations carry their answer (an earlier escalation started inside the range read, from `since`);
    // the live ones look theirs up among the live ones and, by customer, the rolled-up ones.
    const since = params.add(rolled.since);
    sql = `SELECT json_agg(x) FROM (WITH esc AS MATERIALIZED (${live}), repeats AS (
       SELECT (r."startedAt" >= ${currentStart}::timestamp) AS "current", r."customer"
       FROM "AnalyticsEscalationRollup" r WHERE ${rolled.where} AND r."startedAt" >= ${previousStart}::timestamp AND r."${earlier}" >= ${since}::timestamp
       UNION ALL
       SELECT e."current", e."customer" FROM esc e
       WHERE e."startedAt" >= ${previousStart}::timestamp
         AND (e."id" IN (SELECT l."id" FROM esc l JOIN esc p ON p."customer" = l."customer" AND p."id" <> l."id" AND p."at" < l."at" AND p."at" >= l."at" - ${window})
           OR EXISTS (SELECT 1 FROM "AnalyticsEscalationRollup" r WHERE ${rolled.where} AND r."customer" = e."customer" AND r."conversationId" <> e."id"
             AND r."firstAt" < e."at" AND r."firstAt" >= e."at" - ${window}))
     )
     SELECT "current", count(*) AS "conversations", count(DISTINCT "customer") AS "customers" FROM repeats GROUP BY 1) x`;
  } else {
    sql = `SELECT json_agg(x) FROM (WITH esc AS (${live}
     ), counted AS (
       SELECT e.*, count(*) OVER (PARTITION BY e."customer" COLLATE "C" ORDER BY e."at" RANGE BETWEEN ${window} PRECEDING AND CURRENT ROW EXCLUDE GROUP) AS "earlier"
       FROM esc e
     )
     SELECT e."current", count(*) AS "conversations", count(DISTINCT e."customer") AS "customers"
     FROM counted e
     WHERE e."startedAt" >= ${previousStart}::timestamp AND e."earlier" > 0
     GROUP BY 1) x`;
  }
  const shape = (row: Record<string, unknown> = {}) => ({ conversations: count(row.conversations), customers: count(row.customers) });
  const shapeRows = (rows: Record<string, unknown>[]) => ({
    current: shape(rows.find((r) => r.current === true)),
    previous: shape(rows.find((r) => r.current === false)),
  });
  return { sql, shape: shapeRows };
}
