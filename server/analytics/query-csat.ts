import "server-only";
import type { DbClient } from "../db/db-client";
import { conversationWhere, SqlParams, type AnalyticsScope } from "./analytics-scope";
import { liveRangesWhere, rollupCoverage, rollupTable, rollupWhere } from "./rollup-coverage";
import { count } from "./shape-figures";

const COMMENTS = 20;

/**
 * How many ratings of each number of stars in the current period. The days the rollups cover come
 * from "AnalyticsRollup" (the dashboard shows 1–5 only, as the rollup keeps them).
 */
async function queryDistribution(db: DbClient, scope: AnalyticsScope) {
  const since = scope.bounds.currentStart;
  const coverage = await rollupCoverage(db, scope, since, false, true);
  const params = new SqlParams();
  const where = conversationWhere(scope, params, since);
  const live = `SELECT c."rating", count(*) AS "n" FROM "Conversation" c
     WHERE ${where} AND c."rating" IS NOT NULL${coverage ? ` AND ${liveRangesWhere(coverage, params)}` : ""} GROUP BY 1`;
  if (!coverage) return db.$queryRawUnsafe<{ rating: number; n: unknown }[]>(live, ...params.values);
  // Summed first, then turned into five rows (not five rows per rollup row).
  const rolled = `SELECT s."rating", s."n" FROM (
       SELECT sum(r."rated1") AS "r1", sum(r."rated2") AS "r2", sum(r."rated3") AS "r3", sum(r."rated4") AS "r4", sum(r."rated5") AS "r5"
       FROM ${rollupTable(scope)} r WHERE ${rollupWhere(scope, coverage, params, since)}
     ) t CROSS JOIN LATERAL (VALUES (1, t."r1"), (2, t."r2"), (3, t."r3"), (4, t."r4"), (5, t."r5")) AS s("rating", "n")`;
  return db.$queryRawUnsafe<{ rating: number; n: unknown }[]>(
    `SELECT u."rating", sum(u."n") AS "n" FROM (${rolled} UNION ALL ${live}) u GROUP BY 1`,
    ...params.values,
  );
}

/** The current period's ratings 1–5 (how many of each) and the latest comments, with who handled the chat. */
export async function queryCsat(db: DbClient, scope: AnalyticsScope) {
  const params = new SqlParams();
  const where = conversationWhere(scope, params, scope.bounds.currentStart);
  const distribution = await queryDistribution(db, scope);
  const comments = await db.$queryRawUnsafe<
    { conversationId: string; rating: number; comment: string; ratedAt: Date | string; teamName: string | null; agentName: string | null }[]
  >(
    `SELECT c."id" AS "conversationId", c."rating", c."ratingComment" AS "comment", COALESCE(c."closedAt", c."updatedAt") AS "ratedAt",
       (SELECT t."name" FROM "Team" t WHERE t."id" = c."teamId") AS "teamName",
       (SELECT u."name" FROM "Handoff" h JOIN "User" u ON u."id" = h."acceptedById"
        WHERE h."conversationId" = c."id" ORDER BY h."acceptedAt" DESC NULLS LAST LIMIT 1) AS "agentName"
     FROM "Conversation" c
     WHERE ${where} AND c."rating" IS NOT NULL AND c."ratingComment" IS NOT NULL
     ORDER BY c."updatedAt" DESC LIMIT ${COMMENTS}`,
    ...params.values,
  );
  const counts = new Map(distribution.map((row) => [Number(row.rating), count(row.n)]));
  return {
    distribution: [1, 2, 3, 4, 5].map((stars) => ({ stars, count: counts.get(stars) ?? 0 })),
    comments: comments.map((row) => ({ ...row, ratedAt: new Date(row.ratedAt instanceof Date ? row.ratedAt : `${row.ratedAt}Z`).toISOString() })),
  };
}
