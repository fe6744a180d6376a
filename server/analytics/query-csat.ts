import "server-only";
import type { DbClient } from "../db/db-client";
import { conversationWhere, SqlParams, type AnalyticsScope } from "./analytics-scope";
import { count } from "./shape-figures";

const COMMENTS = 20;

/** The current period's ratings 1–5 (how many of each) and the latest comments, with who handled the chat. */
export async function queryCsat(db: DbClient, scope: AnalyticsScope) {
  const params = new SqlParams();
  const where = conversationWhere(scope, params, scope.bounds.currentStart);
  const distribution = await db.$queryRawUnsafe<{ rating: number; n: unknown }[]>(
    `SELECT c."rating", count(*) AS "n" FROM "Conversation" c WHERE ${where} AND c."rating" IS NOT NULL GROUP BY 1`,
    ...params.values,
  );
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
