import "server-only";
import type { AnalyticsScope, SqlParams } from "./analytics-scope";
import { histogramPercentiles } from "./histogram-percentiles";
import type { RollupCoverage } from "./rollup-coverage";
import type { SpanCover } from "./rollup-spans";
import { handoffFigureRows, shapeHandoffFigures } from "./select-handoff-figures";
import { WAIT_BUCKETS, waitBucketsSql } from "./shape-figures";

const BUCKET_COLUMNS = ["waitUnder1m", "wait1to5m", "wait5to15m", "wait15to60m", "waitOver60m"] as const;
const SUMS = ["abandoned", "noAgent", "noAgentCallback", "noAgentMessage", "replied", "resolved", "finished", "handedBack", "transferred"] as const;

/** The handoff rollup rows (alias `r`) of the covered whole days from `since`, with the flow, version and channel filters. */
export function handoffRollupWhere(scope: AnalyticsScope, coverage: RollupCoverage, params: SqlParams, since: string): string {
  const parts = [
    `r."workspaceId" = ${params.add(scope.workspaceId)}`,
    `r."day" = ANY(${params.add(coverage.days)}::timestamp[])`,
    `r."day" >= ${params.add(since)}::timestamp`,
  ];
  if (scope.flowId) parts.push(`r."flowId" = ${params.add(scope.flowId)}`);
  if (scope.flowVersionId) parts.push(`r."flowVersionId" = ${params.add(scope.flowVersionId)}`);
  if (scope.channel) parts.push(`r."channel" = ${params.add(scope.channel)}::"Channel"`);
  return parts.join(" AND ");
}

/**
 * selectHandoffFigures with the covered whole days read from the handoff rollups: counts summed from
 * "AnalyticsHandoffFigureRollup", medians and percentiles from the exact value counts of "AnalyticsHandoffValueRollup" merged
 * with the live rows of `hc` (which then holds only the days not covered). Same JSON row shape, same figures. Reads `rv`,
 * the covered days' waits, first replies and handle times (rolledValues), shared with the people tables.
 */
export function selectRolledHandoffFigures(scope: AnalyticsScope, params: SqlParams, coverage: RollupCoverage) {
  const live = handoffFigureRows(scope, params, true);
  const currentStart = params.add(scope.bounds.currentStart);
  const rolled = handoffRollupWhere(scope, coverage, params, scope.bounds.previousStart);
  const values = `SELECT (r."day" >= ${currentStart}::timestamp) AS "current", r."metric", r."value" AS "v", r."n" FROM rv r
     UNION ALL
     SELECT (h."createdAt" >= ${currentStart}::timestamp), x."metric", x."v", 1
       FROM lh h CROSS JOIN LATERAL (VALUES ('wait', h."wait"::float8), ('firstReply', h."firstReply"::float8),
         ('handle', CASE WHEN h."acceptedAt" IS NOT NULL THEN h."handle"::float8 END)) AS x("metric", "v")
       WHERE x."v" IS NOT NULL`;
  const percentile = (metric: string, k: number) => `(SELECT p."p${k}" FROM pct p WHERE p."current" = c."current" AND p."metric" = '${metric}')`;
  const sql = `SELECT json_agg(f) FROM (WITH lh AS MATERIALIZED ${live}, counts AS (
       SELECT (r."day" >= ${currentStart}::timestamp) AS "current", sum(r."handoffs") AS "handoffs", sum(r."accepted") AS "accepted",
         ${WAIT_BUCKETS.map((bucket, i) => `sum(r."${BUCKET_COLUMNS[i]}") AS "${bucket.key}"`).join(", ")},
         ${SUMS.map((key) => `sum(r."${key}") AS "${key}"`).join(", ")},
         sum(r."handleCount") AS "handleCount", sum(r."handleSum") AS "handleSum"
       FROM "AnalyticsHandoffFigureRollup" r WHERE ${rolled} GROUP BY 1
       UNION ALL
       SELECT (h."createdAt" >= ${currentStart}::timestamp), count(*), count(h."acceptedAt"), ${waitBucketsSql(`h."wait"`)},
         count(*) FILTER (WHERE h."outcome" = 'ABANDONED'), count(*) FILTER (WHERE h."outcome" = 'NO_AGENT'),
         count(*) FILTER (WHERE h."followed" = 'callback'), count(*) FILTER (WHERE h."followed" = 'message'),
         count(h."firstReplyAt"),
         count(*) FILTER (WHERE h."acceptedAt" IS NOT NULL AND h."outcome" = 'RESOLVED'), count(*) FILTER (WHERE h."acceptedAt" IS NOT NULL AND h."outcome" IS NOT NULL),
         count(*) FILTER (WHERE h."outcome" = 'HANDED_BACK'), count(*) FILTER (WHERE h."outcome" = 'TRANSFERRED'),
         count(h."handle") FILTER (WHERE h."acceptedAt" IS NOT NULL), sum(h."handle") FILTER (WHERE h."acceptedAt" IS NOT NULL)
       FROM lh h GROUP BY 1
     ), pct AS (${histogramPercentiles(values, ["current", "metric"], [0.5, 0.9])})
     SELECT c."current", sum(c."handoffs") AS "handoffs", sum(c."accepted") AS "accepted",
       ${percentile("wait", 0)} AS "waitP50", ${percentile("wait", 1)} AS "waitP90",
       ${WAIT_BUCKETS.map((bucket) => `sum(c."${bucket.key}") AS "${bucket.key}"`).join(", ")},
       ${SUMS.map((key) => `sum(c."${key}") AS "${key}"`).join(", ")},
       ${percentile("firstReply", 0)} AS "firstReplyP50", ${percentile("firstReply", 1)} AS "firstReplyP90",
       ${percentile("handle", 0)} AS "handleP50",
       sum(c."handleSum") / NULLIF(sum(c."handleCount"), 0)::numeric AS "handleAvg"
     FROM counts c GROUP BY c."current"
     HAVING sum(c."handoffs") > 0) f`;
  return { sql, shape: shapeHandoffFigures };
}

/**
 * The `rv` common table: the covered whole days' value counts of waits, first replies and handle times, from the previous
 * period's start: the spans that the covered days fill (merged counts, "day" their first day, inside one period) and the other days.
 */
export function rolledValues(scope: AnalyticsScope, params: SqlParams, coverage: RollupCoverage, cover: SpanCover): string {
  const days = `SELECT r."day", r."metric", r."value", r."n", r."teamId", r."agentId" FROM "AnalyticsHandoffValueRollup" r
     WHERE ${handoffRollupWhere(scope, { ...coverage, days: cover.days }, params, scope.bounds.previousStart)} AND r."metric" IN ('wait', 'firstReply', 'handle')`;
  if (cover.spans.length === 0) return days;
  const filters = [
    ...(scope.flowId ? [`r."flowId" = ${params.add(scope.flowId)}`] : []),
    ...(scope.flowVersionId ? [`r."flowVersionId" = ${params.add(scope.flowVersionId)}`] : []),
    ...(scope.channel ? [`r."channel" = ${params.add(scope.channel)}::"Channel"`] : []),
  ];
  const workspace = params.add(scope.workspaceId);
  const spans = cover.spans.map(
    (span) => `SELECT r."day", r."metric", r."value", r."n", r."teamId", r."agentId" FROM "AnalyticsHandoffValueSpanRollup" r
     WHERE r."workspaceId" = ${workspace} AND r."days" = ${span.days} AND r."day" = ANY(${params.add(span.starts)}::timestamp[])
       ${filters.map((filter) => `AND ${filter}`).join(" ")}`,
  );
  return [days, ...spans].join("\n     UNION ALL\n     ");
}
