import "server-only";
import { secondsBetween } from "./analytics-scope";
import { REPEAT_WINDOW_DAYS } from "./select-repeat-escalation";

/**
 * A day's handoffs of its conversations ($1 workspace, $2 the UTC day's midnight), with the live handoff set's per-row
 * values (query-handoff-set's `hc`, select-handoff-figures' `followed`): waits, first replies and handle times in seconds,
 * and what followed a handoff that found no agent. The latest callback and follow-up request are read from the day on
 * (as the live query reads them from the period's start: a "no agent" handoff ends after its conversation started).
 */
const DAY_HANDOFFS = `WITH hd AS MATERIALIZED (
  SELECT c."id" AS "conversationId", c."flowId", c."flowVersionId", c."channel", c."createdAt", c."rating",
    lower(trim(COALESCE(c."customerEmail", c."variables"->>'email'))) AS "customer",
    h."requestedAt", h."acceptedAt", h."firstReplyAt", h."outcome", COALESCE(h."teamId", '') AS "teamId", COALESCE(h."acceptedById", '') AS "agentId",
    ${secondsBetween(`h."requestedAt"`, `h."acceptedAt"`)} AS "wait", ${secondsBetween(`h."requestedAt"`, `h."firstReplyAt"`)} AS "firstReply",
    ${secondsBetween(`h."acceptedAt"`, `h."resolvedAt"`)} AS "handle",
    CASE WHEN h."outcome" = 'NO_AGENT' THEN CASE
      WHEN cb."at" >= h."resolvedAt" THEN 'callback'
      WHEN fu."at" >= h."resolvedAt"
        OR EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = h."conversationId" AND m."author" = 'CUSTOMER' AND m."createdAt" > h."resolvedAt") THEN 'message'
      END END AS "followed"
  FROM "Handoff" h JOIN "Conversation" c ON c."id" = h."conversationId"
  LEFT JOIN (SELECT "conversationId", max("createdAt") AS "at" FROM "Callback"
    WHERE "workspaceId" = $1 AND "createdAt" >= $2::timestamp GROUP BY 1) cb ON cb."conversationId" = h."conversationId"
  LEFT JOIN (SELECT "conversationId", max("createdAt") AS "at" FROM "Event"
    WHERE "workspaceId" = $1 AND "type" = 'follow_up_requested' AND "createdAt" >= $2::timestamp GROUP BY 1) fu ON fu."conversationId" = h."conversationId"
  WHERE c."workspaceId" = $1 AND c."channel" <> 'PREVIEW' AND c."createdAt" >= $2::timestamp AND c."createdAt" < $2::timestamp + interval '1 day'
    AND h."workspaceId" = $1 AND h."requestedAt" >= $2::timestamp
)`;

const GROUP = `"flowId", "flowVersionId", "channel", "teamId", "agentId"`;

/** Counts per flow, version, channel, team and agent: the live handoff figures' count expressions, summed later. */
const FIGURES = `${DAY_HANDOFFS}
INSERT INTO "AnalyticsHandoffFigureRollup" ("workspaceId", "day", ${GROUP}, "handoffs", "accepted", "waitUnder1m", "wait1to5m", "wait5to15m",
  "wait15to60m", "waitOver60m", "abandoned", "noAgent", "noAgentCallback", "noAgentMessage", "replied", "resolved", "finished", "handedBack",
  "transferred", "handleCount", "handleSum")
SELECT $1, $2::timestamp, ${GROUP}, count(*), count("acceptedAt"),
  count(*) FILTER (WHERE "wait" >= 0 AND "wait" < 60), count(*) FILTER (WHERE "wait" >= 60 AND "wait" < 300),
  count(*) FILTER (WHERE "wait" >= 300 AND "wait" < 900), count(*) FILTER (WHERE "wait" >= 900 AND "wait" < 3600), count(*) FILTER (WHERE "wait" >= 3600),
  count(*) FILTER (WHERE "outcome" = 'ABANDONED'), count(*) FILTER (WHERE "outcome" = 'NO_AGENT'),
  count(*) FILTER (WHERE "followed" = 'callback'), count(*) FILTER (WHERE "followed" = 'message'),
  count("firstReplyAt"),
  count(*) FILTER (WHERE "acceptedAt" IS NOT NULL AND "outcome" = 'RESOLVED'), count(*) FILTER (WHERE "acceptedAt" IS NOT NULL AND "outcome" IS NOT NULL),
  count(*) FILTER (WHERE "outcome" = 'HANDED_BACK'), count(*) FILTER (WHERE "outcome" = 'TRANSFERRED'),
  count("handle") FILTER (WHERE "acceptedAt" IS NOT NULL), COALESCE(sum("handle") FILTER (WHERE "acceptedAt" IS NOT NULL), 0)
FROM hd GROUP BY ${GROUP}`;

/**
 * Exact value counts: every wait, first reply and handle time (as double precision, the type percentile_cont sorts), and the
 * ratings of the conversations each team and each agent handled (a conversation once per team or agent, as the tables count).
 */
const VALUES = `${DAY_HANDOFFS}
INSERT INTO "AnalyticsHandoffValueRollup" ("workspaceId", "day", ${GROUP}, "metric", "value", "n")
SELECT $1, $2::timestamp, ${GROUP}, x."metric", x."value", count(*)
FROM hd CROSS JOIN LATERAL (VALUES ('wait', hd."wait"::float8), ('firstReply', hd."firstReply"::float8),
  ('handle', CASE WHEN hd."acceptedAt" IS NOT NULL THEN hd."handle"::float8 END)) AS x("metric", "value")
WHERE x."value" IS NOT NULL
GROUP BY ${GROUP}, x."metric", x."value"
UNION ALL
SELECT $1, $2::timestamp, "flowId", "flowVersionId", "channel", "teamId", '', 'teamRating', "rating"::float8, count(*)
FROM (SELECT DISTINCT "flowId", "flowVersionId", "channel", "teamId", "conversationId", "rating" FROM hd
      WHERE "teamId" <> '' AND "rating" IS NOT NULL AND "acceptedAt" IS NOT NULL) t
GROUP BY 3, 4, 5, 6, 9
UNION ALL
SELECT $1, $2::timestamp, "flowId", "flowVersionId", "channel", '', "agentId", 'agentRating', "rating"::float8, count(*)
FROM (SELECT DISTINCT "flowId", "flowVersionId", "channel", "agentId", "conversationId", "rating" FROM hd
      WHERE "agentId" <> '' AND "rating" IS NOT NULL AND "acceptedAt" IS NOT NULL) a
GROUP BY 3, 4, 5, 7, 9`;

/**
 * The earlier escalation as a flow, version or channel filter sees it (the same flow, version, channel or pair as this one):
 * the column and the conversation columns that must be equal.
 */
export const EARLIER_FILTERED = [
  ["earlierFlowStartedAt", ["flowId"]],
  ["earlierVersionStartedAt", ["flowVersionId"]],
  ["earlierChannelStartedAt", ["channel"]],
  ["earlierFlowChannelStartedAt", ["flowId", "channel"]],
  ["earlierVersionChannelStartedAt", ["flowVersionId", "channel"]],
] as const;

/**
 * Escalated conversations with a known customer: their start and first request, and the latest start of another escalated
 * conversation of the customer whose first request (over all its handoffs) came in the 7 days before this one's, and the
 * same among the customer's conversations of this one's flow, version, channel and flow or version with channel (EARLIER_FILTERED). Candidates
 * are found by the handoffs requested in that window (an index range), then their first request and customer looked up.
 */
const ESCALATIONS = `${DAY_HANDOFFS}, esc AS (
  SELECT "conversationId", "flowId", "flowVersionId", "channel", "customer", "createdAt", min("requestedAt") AS "firstAt"
  FROM hd WHERE "customer" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
), cand AS MATERIALIZED (
  SELECT pc."id", lower(trim(COALESCE(pc."customerEmail", pc."variables"->>'email'))) AS "customer", pc."createdAt" AS "startedAt",
    pc."flowId", pc."flowVersionId", pc."channel",
    (SELECT min(x."requestedAt") FROM "Handoff" x WHERE x."conversationId" = pc."id" AND x."workspaceId" = $1) AS "at"
  FROM "Conversation" pc
  WHERE pc."id" IN (SELECT ph."conversationId" FROM "Handoff" ph WHERE ph."workspaceId" = $1
      AND ph."requestedAt" >= (SELECT min("firstAt") FROM esc) - interval '${REPEAT_WINDOW_DAYS} days' AND ph."requestedAt" < (SELECT max("firstAt") FROM esc))
    AND pc."workspaceId" = $1 AND pc."channel" <> 'PREVIEW'
)
INSERT INTO "AnalyticsEscalationRollup" ("workspaceId", "day", "conversationId", "flowId", "flowVersionId", "channel", "customer", "startedAt", "firstAt",
  "earlierStartedAt", ${EARLIER_FILTERED.map(([column]) => `"${column}"`).join(", ")})
SELECT $1, $2::timestamp, e."conversationId", e."flowId", e."flowVersionId", e."channel", e."customer", e."createdAt", e."firstAt", max(p."startedAt"),
  ${EARLIER_FILTERED.map(([, same]) => `max(p."startedAt") FILTER (WHERE ${same.map((c) => `p."${c}" = e."${c}"`).join(" AND ")})`).join(", ")}
FROM esc e LEFT JOIN cand p ON p."customer" = e."customer" AND p."id" <> e."conversationId"
  AND p."at" < e."firstAt" AND p."at" >= e."firstAt" - interval '${REPEAT_WINDOW_DAYS} days'
GROUP BY e."conversationId", e."flowId", e."flowVersionId", e."channel", e."customer", e."createdAt", e."firstAt"`;

/** Handoffs per reason and asking node, as the breakdowns count them (every handoff of the day's conversations). */
const REASONS = `INSERT INTO "AnalyticsHandoffReasonRollup" ("workspaceId", "day", "flowId", "flowVersionId", "channel", "reason", "nodeId", "teamId", "agentId", "handoffs")
SELECT $1, $2::timestamp, c."flowId", c."flowVersionId", c."channel", h."reason", COALESCE(h."nodeId", ''), COALESCE(h."teamId", ''), COALESCE(h."acceptedById", ''), count(*)
FROM "Handoff" h JOIN "Conversation" c ON c."id" = h."conversationId"
WHERE c."workspaceId" = $1 AND c."channel" <> 'PREVIEW' AND c."createdAt" >= $2::timestamp AND c."createdAt" < $2::timestamp + interval '1 day'
  AND h."workspaceId" = $1 AND h."requestedAt" >= $2::timestamp
GROUP BY 3, 4, 5, 6, 7, 8, 9`;

const TABLES = ["AnalyticsHandoffReasonRollup", "AnalyticsHandoffFigureRollup", "AnalyticsHandoffValueRollup", "AnalyticsEscalationRollup"];

/** The spans holding the day (their merged value counts are rewritten by rollUpSpans once all their days are rolled up). */
const SPANS = ["AnalyticsRollupSpan", "AnalyticsHandoffValueSpanRollup"];

/** The statements that redo a day's handoff rollups ($1 workspace, $2 day): clear, then write each table. */
export const rollUpHandoffDay = [
  ...SPANS.map((table) => `DELETE FROM "${table}" WHERE "workspaceId" = $1 AND "day" <= $2::timestamp AND "day" > $2::timestamp - "days" * interval '1 day'`),
  ...TABLES.map((table) => `DELETE FROM "${table}" WHERE "workspaceId" = $1 AND "day" = $2::timestamp`),
  REASONS,
  FIGURES,
  VALUES,
  ESCALATIONS,
];
