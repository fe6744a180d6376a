import "server-only";
import type { AnalyticsScope, SqlParams } from "./analytics-scope";
import { count, rate, seconds } from "./shape-figures";

export interface PeopleRow {
  id: string;
  name: string;
  handoffs: number;
  handled: number;
  firstReplyP50: number | null;
  handleP50: number | null;
  resolved: number;
  resolutionRate: number | null;
  rated: number;
  csat: number | null;
}

/**
 * The per-team and per-agent tables of the current period, a part of queryHandoffSet reading `hc`: handoffs (a team's
 * queue) and those handled (accepted), median first reply and handle time, resolutions, and the rating of the
 * conversations each handled (a conversation counts once per team or agent), the current period's own handoffs
 * grouped by team and by agent.
 */
export function selectPeopleTables(scope: AnalyticsScope, params: SqlParams) {
  const currentStart = params.add(scope.bounds.currentStart);
  const groups = (by: Side, key: string) => `SELECT '${by}' AS "by", ${key} AS "id",
         count(*) AS "handoffs",
         count("acceptedAt") AS "handled",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY "firstReply") AS "firstReplyP50",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY "handle") FILTER (WHERE "acceptedAt" IS NOT NULL) AS "handleP50",
         count(*) FILTER (WHERE "acceptedAt" IS NOT NULL AND "outcome" = 'RESOLVED') AS "resolved",
         count(*) FILTER (WHERE "acceptedAt" IS NOT NULL AND "outcome" IS NOT NULL) AS "finished"
       FROM pc WHERE ${key} IS NOT NULL GROUP BY 2`;
  const ratings = (by: Side, key: string) => `SELECT '${by}' AS "by", x."id", count(*) AS "rated", avg(x."rating") AS "csat"
       FROM (SELECT DISTINCT ${key} AS "id", "conversationId", "rating" FROM pc
             WHERE ${key} IS NOT NULL AND "rating" IS NOT NULL AND "acceptedAt" IS NOT NULL) x
       GROUP BY 2`;
  const sql = `SELECT json_agg(p ORDER BY p."handled" DESC, p."handoffs" DESC, p."id") FROM (WITH pc AS (
       SELECT h."teamId", h."acceptedById", h."acceptedAt", h."outcome", h."conversationId", h."rating",
         h."firstReply", h."handle"
       FROM hc h WHERE h."own" AND h."createdAt" >= ${currentStart}::timestamp AND h."requestedAt" >= ${currentStart}::timestamp
     ), g AS (
       ${groups("team", `"teamId"`)}
       UNION ALL
       ${groups("agent", `"acceptedById"`)}
     ), r AS (
       ${ratings("team", `"teamId"`)}
       UNION ALL
       ${ratings("agent", `"acceptedById"`)}
     )
     ${PEOPLE_OUTPUT}) p`;
  return { sql, shape: shapePeopleTables };
}

/** The statement's JSON rows as the team and agent tables. */
export function shapePeopleTables(rows: Record<string, unknown>[]): { teams: PeopleRow[]; agents: PeopleRow[] } {
  return {
    teams: rows.filter((row) => row.by === "team").map((row) => shape(row, "team")),
    agents: rows.filter((row) => row.by === "agent").map((row) => shape(row, "agent")),
  };
}

/** The people tables' closing part: names, ratings joined, one JSON array in the tables' order (`g` and `r` given). */
export const PEOPLE_OUTPUT = `SELECT g.*, CASE WHEN g."by" = 'team' THEN (SELECT t."name" FROM "Team" t WHERE t."id" = g."id") ELSE (SELECT u."name" FROM "User" u WHERE u."id" = g."id") END AS "name",
       COALESCE(r."rated", 0) AS "rated", r."csat"
     FROM g LEFT JOIN r ON r."by" = g."by" AND r."id" = g."id"`;

type Side = "team" | "agent";

function shape(row: Record<string, unknown>, by: Side): PeopleRow {
  const resolved = count(row.resolved);
  return {
    id: String(row.id),
    name: typeof row.name === "string" ? row.name : by === "team" ? "Deleted team" : "Former member",
    handoffs: count(row.handoffs),
    handled: count(row.handled),
    firstReplyP50: seconds(row.firstReplyP50),
    handleP50: seconds(row.handleP50),
    resolved,
    resolutionRate: rate(resolved, count(row.finished)),
    rated: count(row.rated),
    csat: row.csat === null || row.csat === undefined ? null : Number(row.csat),
  };
}
