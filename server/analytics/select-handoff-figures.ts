import "server-only";
import type { AnalyticsScope, SqlParams } from "./analytics-scope";
import { count, seconds, waitBucketsSql, waitHistogram } from "./shape-figures";

const WAIT = `h."wait"`;
const FIRST_REPLY = `h."firstReply"`;
const HANDLE = `h."handle"`;

/**
 * Handoff-level figures (time to a person, outcomes, what followed "no agent") for the current and the previous period,
 * a part of queryHandoffSet reading `hc` (the team's or agent's own handoffs of the conversations of both periods).
 * "No agent" counts handoffs that found nobody: closed by the queue sweep, or recorded by the turn that found the team
 * closed or nobody online (never accepted, so they stay out of the waits). What followed: a callback booked after it,
 * else a message left (a follow-up asked for, or anything the customer wrote after it), else they gave up. The
 * workspace's latest callback and follow-up request per conversation since the previous period's start are joined once
 * (a handoff is resolved after the period starts, so a later one cannot be missed) instead of probed per handoff.
 */
export function selectHandoffFigures(scope: AnalyticsScope, params: SqlParams) {
  const rows = handoffFigureRows(scope, params);
  const sql = `SELECT json_agg(f) FROM (SELECT (h."createdAt" >= ${params.add(scope.bounds.currentStart)}::timestamp) AS "current",
       count(*) AS "handoffs",
       count(h."acceptedAt") AS "accepted",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY ${WAIT}) AS "waitP50",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY ${WAIT}) AS "waitP90",
       ${waitBucketsSql(WAIT)},
       count(*) FILTER (WHERE h."outcome" = 'ABANDONED') AS "abandoned",
       count(*) FILTER (WHERE h."outcome" = 'NO_AGENT') AS "noAgent",
       count(*) FILTER (WHERE h."followed" = 'callback') AS "noAgentCallback",
       count(*) FILTER (WHERE h."followed" = 'message') AS "noAgentMessage",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY ${FIRST_REPLY}) AS "firstReplyP50",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY ${FIRST_REPLY}) AS "firstReplyP90",
       count(h."firstReplyAt") AS "replied",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY ${HANDLE}) FILTER (WHERE h."acceptedAt" IS NOT NULL) AS "handleP50",
       avg(${HANDLE}) FILTER (WHERE h."acceptedAt" IS NOT NULL) AS "handleAvg",
       count(*) FILTER (WHERE h."acceptedAt" IS NOT NULL AND h."outcome" = 'RESOLVED') AS "resolved",
       count(*) FILTER (WHERE h."acceptedAt" IS NOT NULL AND h."outcome" IS NOT NULL) AS "finished",
       count(*) FILTER (WHERE h."outcome" = 'HANDED_BACK') AS "handedBack",
       count(*) FILTER (WHERE h."outcome" = 'TRANSFERRED') AS "transferred"
     FROM ${rows} h
     GROUP BY 1) f`;
  return { sql, shape: shapeHandoffFigures };
}

/**
 * The own handoffs of `hc` in both periods (alias them), each with what followed when it found no agent ("followed").
 * `probe`: look the latest callback and follow-up request up per "no agent" handoff (when `hc` holds only a few days' rows,
 * the rest rolled up) instead of joining every conversation's latest since the previous period's start (the same values).
 */
export function handoffFigureRows(scope: AnalyticsScope, params: SqlParams, probe = false): string {
  const previousStart = params.add(scope.bounds.previousStart);
  const workspace = params.add(scope.workspaceId);
  const callbacks = `SELECT "conversationId", max("createdAt") AS "at" FROM "Callback" WHERE "workspaceId" = ${workspace} AND "createdAt" >= ${previousStart}::timestamp`;
  const followUps = `SELECT "conversationId", max("createdAt") AS "at" FROM "Event"
         WHERE "workspaceId" = ${workspace} AND "type" = 'follow_up_requested' AND "createdAt" >= ${previousStart}::timestamp`;
  const latest = (from: string) => `(SELECT x."at" FROM (${from} AND "conversationId" = h."conversationId" GROUP BY 1) x)`;
  return `(SELECT h.*, CASE WHEN h."outcome" = 'NO_AGENT' THEN CASE
         WHEN ${probe ? latest(callbacks) : `cb."at"`} >= h."resolvedAt" THEN 'callback'
         WHEN ${probe ? latest(followUps) : `fu."at"`} >= h."resolvedAt"
           OR EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = h."conversationId" AND m."author" = 'CUSTOMER' AND m."createdAt" > h."resolvedAt") THEN 'message'
         END END AS "followed"
       FROM hc h${
         probe
           ? ""
           : `
       LEFT JOIN (${callbacks} GROUP BY 1) cb ON cb."conversationId" = h."conversationId"
       LEFT JOIN (${followUps} GROUP BY 1) fu ON fu."conversationId" = h."conversationId"`
       }
       WHERE h."own" AND h."createdAt" >= ${previousStart}::timestamp AND h."requestedAt" >= ${previousStart}::timestamp
       OFFSET 0)`;
}

/** The statement's JSON rows (one per period) as the current and previous figures. */
export function shapeHandoffFigures(rows: Record<string, unknown>[]) {
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
