import "server-only";
import type { DbClient } from "../db/db-client";
import { conversationWhere, handoffWhere, secondsBetween, SqlParams, type AnalyticsScope } from "./analytics-scope";
import { count, rate, seconds } from "./shape-figures";

const FIRST_REPLY = secondsBetween(`h."requestedAt"`, `h."firstReplyAt"`);
const HANDLE = secondsBetween(`h."acceptedAt"`, `h."resolvedAt"`);

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
 * The per-team and per-agent tables of the current period: handoffs (a team's queue) and those
 * handled (accepted), median first reply and handle time, resolutions, and the rating of
 * the conversations each handled (a conversation counts once per team or agent).
 */
export async function queryPeopleTables(db: DbClient, scope: AnalyticsScope): Promise<{ teams: PeopleRow[]; agents: PeopleRow[] }> {
  const teams = await queryBy(db, scope, "team");
  const agents = await queryBy(db, scope, "agent");
  return { teams, agents };
}

async function queryBy(db: DbClient, scope: AnalyticsScope, by: "team" | "agent"): Promise<PeopleRow[]> {
  const params = new SqlParams();
  const where = conversationWhere(scope, params, scope.bounds.currentStart);
  const own = handoffWhere(scope, params, scope.bounds.currentStart);
  const key = by === "team" ? `h."teamId"` : `h."acceptedById"`;
  const name = by === "team" ? `(SELECT t."name" FROM "Team" t WHERE t."id" = g."id")` : `(SELECT u."name" FROM "User" u WHERE u."id" = g."id")`;
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `WITH g AS (
       SELECT ${key} AS "id",
         count(*) AS "handoffs",
         count(h."acceptedAt") AS "handled",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY ${FIRST_REPLY}) AS "firstReplyP50",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY ${HANDLE}) FILTER (WHERE h."acceptedAt" IS NOT NULL) AS "handleP50",
         count(*) FILTER (WHERE h."acceptedAt" IS NOT NULL AND h."outcome" = 'RESOLVED') AS "resolved",
         count(*) FILTER (WHERE h."acceptedAt" IS NOT NULL AND h."outcome" IS NOT NULL) AS "finished"
       FROM "Handoff" h JOIN "Conversation" c ON c."id" = h."conversationId"
       WHERE ${where} AND ${own} AND ${key} IS NOT NULL
       GROUP BY 1
     ), r AS (
       SELECT x."id", count(*) AS "rated", avg(x."rating") AS "csat"
       FROM (SELECT DISTINCT ${key} AS "id", c."id" AS "conversationId", c."rating"
             FROM "Handoff" h JOIN "Conversation" c ON c."id" = h."conversationId"
             WHERE ${where} AND ${own} AND ${key} IS NOT NULL AND c."rating" IS NOT NULL AND h."acceptedAt" IS NOT NULL) x
       GROUP BY 1
     )
     SELECT g.*, ${name} AS "name", COALESCE(r."rated", 0) AS "rated", r."csat"
     FROM g LEFT JOIN r ON r."id" = g."id"
     ORDER BY g."handled" DESC, g."handoffs" DESC`,
    ...params.values,
  );
  return rows.map((row) => {
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
  });
}
