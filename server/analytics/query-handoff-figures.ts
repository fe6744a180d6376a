import "server-only";
import type { DbClient } from "../db/db-client";
import { conversationWhere, currentFlag, handoffWhere, secondsBetween, SqlParams, type AnalyticsScope } from "./analytics-scope";
import { count, seconds, waitBucketsSql, waitHistogram } from "./shape-figures";

const WAIT = secondsBetween(`h."requestedAt"`, `h."acceptedAt"`);
const FIRST_REPLY = secondsBetween(`h."requestedAt"`, `h."firstReplyAt"`);
const HANDLE = secondsBetween(`h."acceptedAt"`, `h."resolvedAt"`);

/**
 * Handoff-level figures (time to a person, outcomes, what followed "no agent") for the current and the previous period.
 * "No agent" counts handoffs that found nobody: closed by the queue sweep, or recorded by the turn that found the team
 * closed or nobody online (never accepted, so they stay out of the waits). What followed: a callback booked after it,
 * else a message left (a follow-up asked for, or anything the customer wrote after it), else they gave up.
 */
export async function queryHandoffFigures(db: DbClient, scope: AnalyticsScope) {
  const params = new SqlParams();
  const current = currentFlag(scope, params);
  const where = conversationWhere(scope, params);
  const own = handoffWhere(scope, params);
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT ${current} AS "current",
       count(*) AS "handoffs",
       count(h."acceptedAt") AS "accepted",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY ${WAIT}) AS "waitP50",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY ${WAIT}) AS "waitP90",
       ${waitBucketsSql(WAIT)},
       count(*) FILTER (WHERE h."outcome" = 'ABANDONED') AS "abandoned",
       count(*) FILTER (WHERE h."outcome" = 'NO_AGENT') AS "noAgent",
       count(*) FILTER (WHERE h."outcome" = 'NO_AGENT' AND EXISTS (
         SELECT 1 FROM "Callback" cb WHERE cb."conversationId" = h."conversationId" AND cb."createdAt" >= h."resolvedAt")) AS "noAgentCallback",
       count(*) FILTER (WHERE h."outcome" = 'NO_AGENT'
         AND NOT EXISTS (SELECT 1 FROM "Callback" cb WHERE cb."conversationId" = h."conversationId" AND cb."createdAt" >= h."resolvedAt")
         AND (EXISTS (SELECT 1 FROM "Event" fu WHERE fu."conversationId" = h."conversationId" AND fu."type" = 'follow_up_requested' AND fu."createdAt" >= h."resolvedAt")
           OR EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = h."conversationId" AND m."author" = 'CUSTOMER' AND m."createdAt" > h."resolvedAt"))) AS "noAgentMessage",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY ${FIRST_REPLY}) AS "firstReplyP50",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY ${FIRST_REPLY}) AS "firstReplyP90",
       count(h."firstReplyAt") AS "replied",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY ${HANDLE}) FILTER (WHERE h."acceptedAt" IS NOT NULL) AS "handleP50",
       avg(${HANDLE}) FILTER (WHERE h."acceptedAt" IS NOT NULL) AS "handleAvg",
       count(*) FILTER (WHERE h."acceptedAt" IS NOT NULL AND h."outcome" = 'RESOLVED') AS "resolved",
       count(*) FILTER (WHERE h."acceptedAt" IS NOT NULL AND h."outcome" IS NOT NULL) AS "finished",
       count(*) FILTER (WHERE h."outcome" = 'HANDED_BACK') AS "handedBack",
       count(*) FILTER (WHERE h."outcome" = 'TRANSFERRED') AS "transferred"
     FROM "Handoff" h JOIN "Conversation" c ON c."id" = h."conversationId"
     WHERE ${where} AND ${own}
     GROUP BY 1`,
    ...params.values,
  );
  return { current: shape(rows.find((r) => r.current === true)), previous: shape(rows.find((r) => r.current === false)) };
}

function shape(row: Record<string, unknown> = {}) {
  const noAgent = count(row.noAgent);
  const callback = count(row.noAgentCallback);
  const message = count(row.noAgentMessage);
  return {
    handoffs: count(row.handoffs),
    accepted: count(row.accepted),
    wait: { p50: seconds(row.waitP50), p90: seconds(row.waitP90), histogram: waitHistogram(row) },
    abandoned: count(row.abandoned),
    noAgent: { total: noAgent, callbackBooked: callback, messageLeft: message, gaveUp: noAgent - callback - message },
    firstReply: { p50: seconds(row.firstReplyP50), p90: seconds(row.firstReplyP90), replied: count(row.replied) },
    handle: { p50: seconds(row.handleP50), average: seconds(row.handleAvg) },
    resolved: count(row.resolved),
    finished: count(row.finished),
    handedBack: count(row.handedBack),
    transferred: count(row.transferred),
  };
}
export type HandoffFigures = ReturnType<typeof shape>;
