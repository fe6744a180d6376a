import "server-only";
import type { AnalyticsScope, SqlParams } from "./analytics-scope";
import { histogramPercentiles } from "./histogram-percentiles";
import type { RollupCoverage } from "./rollup-coverage";
import { PEOPLE_OUTPUT, shapePeopleTables } from "./select-people-tables";
import { handoffRollupWhere } from "./select-rolled-handoff-figures";

const SIDES = [
  { by: "team", rolled: `r."teamId"`, live: `"teamId"`, rating: "teamRating" },
  { by: "agent", rolled: `r."agentId"`, live: `"acceptedById"`, rating: "agentRating" },
] as const;

/**
 * selectPeopleTables with the covered whole days of the current period read from the handoff rollups (counts summed, medians
 * from exact value counts, ratings from each team's and agent's rated conversations) merged with the live rows of `hc`.
 */
export function selectRolledPeopleTables(scope: AnalyticsScope, params: SqlParams, coverage: RollupCoverage) {
  const currentStart = params.add(scope.bounds.currentStart);
  const rolled = handoffRollupWhere(scope, coverage, params, scope.bounds.currentStart);
  const each = (part: (side: (typeof SIDES)[number]) => string) => SIDES.map(part).join("\n       UNION ALL\n       ");
  const counts = each(
    (
      s,
    ) => `SELECT '${s.by}' AS "by", ${s.rolled} AS "id", sum(r."handoffs") AS "handoffs", sum(r."accepted") AS "handled", sum(r."resolved") AS "resolved", sum(r."finished") AS "finished"
       FROM "AnalyticsHandoffFigureRollup" r WHERE ${rolled} AND ${s.rolled} <> '' GROUP BY 2
       UNION ALL
       SELECT '${s.by}', ${s.live}, count(*), count("acceptedAt"), count(*) FILTER (WHERE "acceptedAt" IS NOT NULL AND "outcome" = 'RESOLVED'),
         count(*) FILTER (WHERE "acceptedAt" IS NOT NULL AND "outcome" IS NOT NULL)
       FROM pc WHERE ${s.live} IS NOT NULL GROUP BY 2`,
  );
  // The rolled-up values read once for both tables (each row under its team and its agent).
  const values = `SELECT s."by", s."id", r."metric", r."value" AS "v", r."n"
       FROM rv r CROSS JOIN LATERAL (VALUES ('team', r."teamId"), ('agent', r."agentId")) AS s("by", "id")
       WHERE r."day" >= ${currentStart}::timestamp AND r."metric" IN ('firstReply', 'handle') AND s."id" <> ''
       UNION ALL
       ${each(
         (s) => `SELECT '${s.by}', pc.${s.live}, x."metric", x."v", 1
       FROM pc CROSS JOIN LATERAL (VALUES ('firstReply', pc."firstReply"::float8),
         ('handle', CASE WHEN pc."acceptedAt" IS NOT NULL THEN pc."handle"::float8 END)) AS x("metric", "v")
       WHERE pc.${s.live} IS NOT NULL AND x."v" IS NOT NULL`,
       )}`;
  const ratings = each(
    (s) => `SELECT '${s.by}' AS "by", ${s.rolled} AS "id", r."value"::int AS "rating", r."n"
       FROM "AnalyticsHandoffValueRollup" r WHERE ${rolled} AND r."metric" = '${s.rating}'
       UNION ALL
       SELECT '${s.by}', x."id", x."rating", 1
       FROM (SELECT DISTINCT ${s.live} AS "id", "conversationId", "rating" FROM pc
             WHERE ${s.live} IS NOT NULL AND "rating" IS NOT NULL AND "acceptedAt" IS NOT NULL) x`,
  );
  const median = (metric: string) => `(SELECT p."p0" FROM pct p WHERE p."by" = c."by" AND p."id" = c."id" AND p."metric" = '${metric}')`;
  const sql = `SELECT json_agg(p ORDER BY p."handled" DESC, p."handoffs" DESC, p."id") FROM (WITH pc AS (
       SELECT h."teamId", h."acceptedById", h."acceptedAt", h."outcome", h."conversationId", h."rating", h."firstReply", h."handle"
       FROM hc h WHERE h."own" AND h."createdAt" >= ${currentStart}::timestamp AND h."requestedAt" >= ${currentStart}::timestamp
     ), pct AS (${histogramPercentiles(values, ["by", "id", "metric"], [0.5])}
     ), g AS (
       SELECT c."by", c."id", sum(c."handoffs") AS "handoffs", sum(c."handled") AS "handled",
         ${median("firstReply")} AS "firstReplyP50", ${median("handle")} AS "handleP50",
         sum(c."resolved") AS "resolved", sum(c."finished") AS "finished"
       FROM (${counts}) c GROUP BY 1, 2
     ), r AS (
       SELECT x."by", x."id", sum(x."n") AS "rated", sum(x."rating" * x."n")::numeric / sum(x."n")::numeric AS "csat"
       FROM (${ratings}) x GROUP BY 1, 2
     )
     ${PEOPLE_OUTPUT}) p`;
  return { sql, shape: shapePeopleTables };
}
