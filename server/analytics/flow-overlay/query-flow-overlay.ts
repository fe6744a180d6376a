import "server-only";
import type { PrismaClient } from "../../db/generated/client";
import { overlayRowSchema, type OverlayRow } from "./flow-overlay-schemas";

/** A conversation still with the bot and active this recently is in progress: not counted as having left. */
export const IN_PROGRESS_MINUTES = 30;

/**
 * The canvas overlay's figures for one published version over [from, to), in
 * one aggregate statement over the event log (never conversations loaded into
 * Node). Row kinds:
 * - visit: node_visit events per step (n), distinct conversations (m);
 * - exit: visits that came through an exit, per (from step, port);
 * - legacy: visits recorded before exits were, per (previous step, step);
 * - escalation: escalation triggers per step and reason (offers excluded, accepted offers
 *   included), plus handoffs the flow itself led to ("flow"), at their handoff step — also those that found no agent;
 * - unrecognised: customer messages no intent placed, per step that heard them;
 * - ended: conversations with visits in the period and no person's part (no handoff, or only ones that found no agent and
 *   came back to the bot), by their last step visited in the period: completed (resolved, callback booked) or left (the
 *   rest, except ones in progress);
 * - conversations: conversations started on the version in the period.
 */
export async function queryFlowOverlay(
  db: PrismaClient,
  flow: { flowId: string; flowVersionId: string },
  from: Date,
  to: Date,
  now: Date,
): Promise<OverlayRow[]> {
  const activeSince = new Date(now.getTime() - IN_PROGRESS_MINUTES * 60_000);
  const rows = await db.$queryRawUnsafe<unknown[]>(
    OVERLAY_SQL,
    flow.flowVersionId,
    from.toISOString(),
    to.toISOString(),
    activeSince.toISOString(),
    flow.flowId,
  );
  return rows.map((row) => overlayRowSchema.parse(row));
}

// The ids and keys sorted and grouped are compared in byte order (COLLATE "C"): several times faster than a language collation.
export const OVERLAY_SQL = `
WITH ev AS MATERIALIZED (
  SELECT "id", "conversationId" COLLATE "C" AS "conversationId", "nodeId" COLLATE "C" AS "nodeId", "type", "data",
    ("data"->>'from') COLLATE "C" AS "from", ("data"->>'port') COLLATE "C" AS "port"
  FROM "Event"
  WHERE "flowVersionId" = $1 AND "type" IN ('node_visit', 'trigger', 'unrecognised')
    AND "createdAt" >= $2::timestamptz AT TIME ZONE 'UTC' AND "createdAt" < $3::timestamptz AT TIME ZONE 'UTC'
), last AS (
  SELECT DISTINCT ON ("conversationId") "conversationId", "nodeId" FROM ev WHERE "type" = 'node_visit' ORDER BY "conversationId", "id" DESC
)
SELECT 'visit' AS "kind", "nodeId" COLLATE "default" AS "node", NULL::text AS "key", count(*)::int AS "n", count(DISTINCT "conversationId")::int AS "m"
FROM ev WHERE "type" = 'node_visit' GROUP BY "nodeId"
UNION ALL
SELECT 'exit', "from" COLLATE "default", "port" COLLATE "default", count(*)::int, 0
FROM ev WHERE "type" = 'node_visit' AND "from" IS NOT NULL GROUP BY "from", "port"
UNION ALL
SELECT 'legacy', "prev" COLLATE "default", "node" COLLATE "default", count(*)::int, 0 FROM (
  SELECT "nodeId" AS "node", LAG("nodeId") OVER (PARTITION BY "conversationId" ORDER BY "id") AS "prev"
  FROM ev WHERE "type" = 'node_visit' AND "data" IS NULL
) l WHERE "prev" IS NOT NULL GROUP BY "prev", "node"
UNION ALL
SELECT 'unrecognised', "nodeId" COLLATE "default", NULL, count(*)::int, 0 FROM ev WHERE "type" = 'unrecognised' GROUP BY "nodeId"
UNION ALL
SELECT 'escalation', "nodeId" COLLATE "default", "data"->>'reason', count(*)::int, 0
FROM ev WHERE "type" = 'trigger' AND "data" ? 'reason' AND ("data"->>'action') IS DISTINCT FROM 'offer' GROUP BY "nodeId", "data"->>'reason'
UNION ALL
SELECT 'escalation', h."nodeId", 'flow', count(*)::int, 0
FROM "Handoff" h JOIN "Conversation" c ON c."id" = h."conversationId"
WHERE c."flowId" = $5 AND c."flowVersionId" = $1 AND h."reason" = 'flow'
  AND h."requestedAt" >= $2::timestamptz AT TIME ZONE 'UTC' AND h."requestedAt" < $3::timestamptz AT TIME ZONE 'UTC'
GROUP BY h."nodeId"
UNION ALL
SELECT 'ended', l."nodeId" COLLATE "default", CASE WHEN c."status" IN ('RESOLVED', 'CALLBACK_SCHEDULED') THEN 'completed' ELSE 'left' END, count(*)::int, 0
FROM last l JOIN "Conversation" c ON c."id" = l."conversationId"
WHERE NOT EXISTS (SELECT 1 FROM "Handoff" h WHERE h."conversationId" = c."id" AND h."outcome" IS DISTINCT FROM 'NO_AGENT')
  AND NOT (c."status" = 'BOT' AND c."updatedAt" >= $4::timestamptz AT TIME ZONE 'UTC')
GROUP BY l."nodeId", 3
UNION ALL
SELECT 'conversations', NULL, NULL, count(*)::int, 0 FROM "Conversation"
WHERE "flowId" = $5 AND "flowVersionId" = $1 AND "createdAt" >= $2::timestamptz AT TIME ZONE 'UTC' AND "createdAt" < $3::timestamptz AT TIME ZONE 'UTC'`;
