import "server-only";
import type { DbClient } from "../db/db-client";
import { conversationWhere, currentFlag, SqlParams, type AnalyticsScope } from "./analytics-scope";
import { liveRangesWhere, rollupCoverage, rollupTable, rollupWhere } from "./rollup-coverage";
import { count } from "./shape-figures";

export interface ConversationFigures {
  started: number;
  escalated: number;
  /** Ended without a person: no handoff, and resolved by the flow or rated 4–5. */
  contained: number;
  /** The customer left the queue before anyone accepted. */
  abandoned: number;
  rated: number;
  ratingSum: number;
  botOnlyRated: number;
  botOnlyRatingSum: number;
  withPersonRated: number;
  withPersonRatingSum: number;
}

const EMPTY: ConversationFigures = {
  started: 0,
  escalated: 0,
  contained: 0,
  abandoned: 0,
  rated: 0,
  ratingSum: 0,
  botOnlyRated: 0,
  botOnlyRatingSum: 0,
  withPersonRated: 0,
  withPersonRatingSum: 0,
};

const KEYS = Object.keys(EMPTY) as (keyof ConversationFigures)[];

const COLUMNS = `count(*) AS "started",
       count(*) FILTER (WHERE h."n" IS NOT NULL) AS "escalated",
       count(*) FILTER (WHERE h."n" IS NULL AND (c."status" = 'RESOLVED' OR c."rating" >= 4)) AS "contained",
       count(*) FILTER (WHERE c."status" = 'ABANDONED') AS "abandoned",
       count(c."rating") AS "rated",
       COALESCE(sum(c."rating"), 0) AS "ratingSum",
       count(c."rating") FILTER (WHERE h."accepted" IS NOT TRUE) AS "botOnlyRated",
       COALESCE(sum(c."rating") FILTER (WHERE h."accepted" IS NOT TRUE), 0) AS "botOnlyRatingSum",
       count(c."rating") FILTER (WHERE h."accepted") AS "withPersonRated",
       COALESCE(sum(c."rating") FILTER (WHERE h."accepted"), 0) AS "withPersonRatingSum"`;

/**
 * Conversation-level counts for the current and the previous period, in one pass. The
 * days the rollups cover are summed from the conversation rollups (rollupTable: per team and agent too) and only the rest (today, dirty days, partial edges) is read live.
 */
export async function queryConversationFigures(db: DbClient, scope: AnalyticsScope): Promise<{ current: ConversationFigures; previous: ConversationFigures }> {
  const coverage = await rollupCoverage(db, scope, scope.bounds.previousStart, false, true);
  const params = new SqlParams();
  const current = currentFlag(scope, params);
  const where = conversationWhere(scope, params);
  let sql: string;
  if (!coverage) {
    sql = `SELECT ${current} AS "current", ${COLUMNS}
     FROM "Conversation" c
     LEFT JOIN (
       SELECT "conversationId", count(*) AS "n", bool_or("acceptedAt" IS NOT NULL) AS "accepted"
       FROM "Handoff" WHERE "workspaceId" = ${params.add(scope.workspaceId)} AND "requestedAt" >= ${params.add(scope.bounds.previousStart)}::timestamp
       GROUP BY "conversationId"
     ) h ON h."conversationId" = c."id"
     WHERE ${where}
     GROUP BY 1`;
  } else {
    const live = liveRangesWhere(coverage, params);
    const handoffs = `SELECT count(*) AS "n", bool_or(hh."acceptedAt" IS NOT NULL) AS "accepted" FROM "Handoff" hh
       WHERE hh."conversationId" = c."id" AND hh."workspaceId" = ${params.add(scope.workspaceId)} AND hh."requestedAt" >= ${params.add(scope.bounds.previousStart)}::timestamp
       HAVING count(*) > 0`;
    const rolled = `(r."bucket" >= ${params.add(scope.bounds.currentStart)}::timestamp)`;
    const rollup = rollupWhere(scope, coverage, params, scope.bounds.previousStart);
    sql = `SELECT u."current", ${KEYS.map((key) => `sum(u."${key}") AS "${key}"`).join(", ")}
     FROM (
       SELECT ${rolled} AS "current", ${KEYS.map((key) => `sum(r."${key}") AS "${key}"`).join(", ")}
       FROM ${rollupTable(scope)} r WHERE ${rollup} GROUP BY 1
       UNION ALL
       SELECT ${current} AS "current", ${COLUMNS}
       FROM "Conversation" c LEFT JOIN LATERAL (${handoffs}) h ON true
       WHERE ${where} AND ${live}
       GROUP BY 1
     ) u
     GROUP BY 1`;
  }
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params.values);
  const shape = (row: Record<string, unknown> | undefined): ConversationFigures =>
    row ? (Object.fromEntries(KEYS.map((key) => [key, count(row[key])])) as unknown as ConversationFigures) : { ...EMPTY };
  return { current: shape(rows.find((r) => r.current === true)), previous: shape(rows.find((r) => r.current === false)) };
}
