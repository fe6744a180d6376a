import "server-only";
import type { DbClient } from "../db/db-client";
import { conversationWhere, currentFlag, handoffWhere, localDay, SqlParams, type AnalyticsScope } from "./analytics-scope";
import { liveRangesWhere, rollupCoverage, rollupTable, rollupWhere } from "./rollup-coverage";
import { handoffRollupWhere } from "./select-rolled-handoff-figures";
import { count } from "./shape-figures";

/**
 * A team or agent filter on "AnalyticsHandoffReasonRollup" (alias r): the team's or agent's own handoffs, as handoffWhere
 * (their conversations are then the team's or agent's too, the live conversation condition).
 */
const ownRolled = (scope: AnalyticsScope, params: SqlParams) =>
  (scope.teamIds ? ` AND r."teamId" = ANY(${params.add(scope.teamIds)}::text[])` : "") +
  (scope.agentId ? ` AND r."agentId" = ${params.add(scope.agentId)}` : "");

/**
 * Handoffs by reason (both periods) and by the node that asked (current period). The whole UTC days the rollups cover (inside
 * one period) come from "AnalyticsHandoffReasonRollup" (a node id '' there is "none"), with a team or agent filter too.
 */
export async function queryHandoffBreakdowns(db: DbClient, scope: AnalyticsScope) {
  const found = await rollupCoverage(db, scope, scope.bounds.previousStart, true, true);
  const coverage = found && found.days.length > 0 ? found : null;
  const params = new SqlParams();
  const current = currentFlag(scope, params);
  const where = conversationWhere(scope, params);
  const own = handoffWhere(scope, params);
  const live = `SELECT ${current} AS "current", h."reason"::text AS "reason", c."flowId", h."nodeId", count(*) AS "n"
     FROM ${
       // With rollups only a few days are live: their conversations probe their handoffs (not a scan of every handoff since the start).
       coverage
         ? `"Conversation" c CROSS JOIN LATERAL (SELECT * FROM "Handoff" x WHERE x."conversationId" = c."id" OFFSET 0) h`
         : `"Handoff" h JOIN "Conversation" c ON c."id" = h."conversationId"`
     }
     WHERE ${where} AND ${own}${coverage ? ` AND ${liveRangesWhere(coverage, params)}` : ""}
     GROUP BY 1, 2, 3, 4`;
  const sql = coverage
    ? `SELECT u."current", u."reason", u."flowId", u."nodeId", sum(u."n") AS "n" FROM (
         SELECT (r."day" >= ${params.add(scope.bounds.currentStart)}::timestamp) AS "current", r."reason"::text AS "reason", r."flowId",
           NULLIF(r."nodeId", '') AS "nodeId", sum(r."handoffs") AS "n"
         FROM "AnalyticsHandoffReasonRollup" r WHERE ${handoffRollupWhere(scope, coverage, params, scope.bounds.previousStart)}${ownRolled(scope, params)}
         GROUP BY 1, 2, 3, 4
         UNION ALL
         ${live}
       ) u GROUP BY 1, 2, 3, 4`
    : live;
  const rows = await db.$queryRawUnsafe<{ current: boolean; reason: string; flowId: string; nodeId: string | null; n: unknown }[]>(sql, ...params.values);
  const reasons = new Map<string, { current: number; previous: number }>();
  const nodes = new Map<string, { flowId: string; nodeId: string | null; count: number }>();
  for (const row of rows) {
    const reason = reasons.get(row.reason) ?? { current: 0, previous: 0 };
    reason[row.current ? "current" : "previous"] += count(row.n);
    reasons.set(row.reason, reason);
    if (!row.current) continue;
    const key = `${row.flowId}:${row.nodeId ?? ""}`;
    const node = nodes.get(key) ?? { flowId: row.flowId, nodeId: row.nodeId, count: 0 };
    node.count += count(row.n);
    nodes.set(key, node);
  }
  // Ties in a stable order (the rows come in no particular one).
  const order = (a: { flowId: string; nodeId: string | null; count: number }, b: typeof a) =>
    b.count - a.count || a.flowId.localeCompare(b.flowId) || (a.nodeId ?? "").localeCompare(b.nodeId ?? "");
  return { reasons, nodes: [...nodes.values()].sort(order) };
}

/**
 * Per day of the current period (the workspace's days): conversations started, escalated, contained.
 * Rows are first counted per quarter hour in UTC (plain arithmetic), and only those buckets are
 * converted to the workspace's days: every time zone's offset is a whole number of quarter hours.
 * The quarter hours of days the rollups cover come from the conversation rollups (rollupTable: per team and agent too).
 */
export async function queryDailySeries(db: DbClient, scope: AnalyticsScope) {
  const since = scope.bounds.currentStart;
  const coverage = await rollupCoverage(db, scope, since, false, true);
  const params = new SqlParams();
  const day = localDay(`q."bucket"`, scope, params);
  const where = conversationWhere(scope, params, since);
  const buckets = (handoffs: string, live: string) => `
       SELECT date_bin('15 minutes', c."createdAt", TIMESTAMP '2000-01-01') AS "bucket",
         count(*) AS "started",
         count(*) FILTER (WHERE h."conversationId" IS NOT NULL) AS "escalated",
         count(*) FILTER (WHERE h."conversationId" IS NULL AND (c."status" = 'RESOLVED' OR c."rating" >= 4)) AS "contained"
       FROM "Conversation" c
       ${handoffs}
       WHERE ${where}${live}
       GROUP BY 1`;
  let inner: string;
  if (!coverage) {
    inner = buckets(
      `LEFT JOIN (SELECT DISTINCT "conversationId" FROM "Handoff" WHERE "workspaceId" = ${params.add(scope.workspaceId)} AND "requestedAt" >= ${params.add(since)}::timestamp) h
         ON h."conversationId" = c."id"`,
      "",
    );
  } else {
    const live = liveRangesWhere(coverage, params);
    const handoffs = `LEFT JOIN LATERAL (SELECT hh."conversationId" FROM "Handoff" hh
         WHERE hh."conversationId" = c."id" AND hh."workspaceId" = ${params.add(scope.workspaceId)} AND hh."requestedAt" >= ${params.add(since)}::timestamp LIMIT 1) h ON true`;
    inner = `SELECT r."bucket", sum(r."started") AS "started", sum(r."escalated") AS "escalated", sum(r."contained") AS "contained"
       FROM ${rollupTable(scope)} r WHERE ${rollupWhere(scope, coverage, params, since)} GROUP BY 1
       UNION ALL ${buckets(handoffs, ` AND ${live}`)}`;
  }
  const rows = await db.$queryRawUnsafe<{ day: string; started: unknown; escalated: unknown; contained: unknown }[]>(
    `SELECT to_char(${day}, 'YYYY-MM-DD') AS "day", sum(q."started") AS "started", sum(q."escalated") AS "escalated", sum(q."contained") AS "contained"
     FROM (${inner}) q
     GROUP BY 1`,
    ...params.values,
  );
  return new Map(rows.map((row) => [row.day, { started: count(row.started), escalated: count(row.escalated), contained: count(row.contained) }]));
}
