-- Escalations that found no agent (issue 15). From now on the turn whose handoff found the team closed, nobody online or
-- no team records a handoff that ended at once (outcome NO_AGENT, resolvedAt = requestedAt, never queued), so every figure
-- that reads "Handoff" counts it: escalation rate, reasons, "no agent", repeat escalation, the contacts' "needed a person"
-- rule. Earlier conversations get theirs from the event log, by the same rule as the turn (server/conversations/save-turn.ts):
-- - one per turn (the events of a turn share its time): its first `trigger {noAgent}` event, at the handoff step;
-- - the reason: the escalation trigger of that turn (`trigger {reason}`, not an offer), else "flow";
-- - not when that turn queued a handoff too, nor when it followed a person's part (the queue sweep's turn: it entered
--   through a `no_agent` exit, and the sweep already closed that request's handoff as NO_AGENT);
-- - the kind from the step (warm or cold), the team from the step or the conversation, when it still exists.
-- The insert trigger of "Handoff" (20261204220000) marks the conversations' rolled-up days dirty: the sweep redoes them.
INSERT INTO "Handoff" ("id", "workspaceId", "conversationId", "kind", "reason", "teamId", "nodeId", "context", "requestedAt", "outcome", "resolvedAt")
SELECT 'na_' || e."id"::text,
  c."workspaceId",
  c."id",
  (CASE WHEN n."type" = 'handoff_cold' THEN 'COLD' ELSE 'WARM' END)::"HandoffKind",
  (CASE WHEN r."reason" = ANY (enum_range(NULL::"HandoffReason")::text[]) THEN r."reason" ELSE 'flow' END)::"HandoffReason",
  t."id",
  e."nodeId",
  jsonb_build_object(
    'reason', CASE WHEN r."reason" = ANY (enum_range(NULL::"HandoffReason")::text[]) THEN r."reason" ELSE 'flow' END,
    'channel', lower(c."channel"::text),
    'noAgent', e."data"->>'noAgent',
    'backfilled', true),
  e."createdAt",
  'NO_AGENT'::"HandoffOutcome",
  e."createdAt"
FROM (
  SELECT DISTINCT ON (ev."conversationId", ev."createdAt") ev."id", ev."conversationId", ev."flowVersionId", ev."nodeId", ev."data", ev."createdAt"
  FROM "Event" ev
  WHERE ev."type" = 'trigger' AND ev."conversationId" IS NOT NULL AND jsonb_typeof(ev."data") = 'object' AND ev."data" ? 'noAgent'
  ORDER BY ev."conversationId", ev."createdAt", ev."id"
) e
JOIN "Conversation" c ON c."id" = e."conversationId"
LEFT JOIN "FlowVersion" fv ON fv."id" = COALESCE(e."flowVersionId", c."flowVersionId")
LEFT JOIN LATERAL (
  SELECT x->>'type' AS "type", x->'data'->>'teamId' AS "teamId"
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(fv."document"->'nodes') = 'array' THEN fv."document"->'nodes' ELSE '[]'::jsonb END) x
  WHERE x->>'id' = e."nodeId"
  LIMIT 1
) n ON true
LEFT JOIN LATERAL (
  SELECT tr."data"->>'reason' AS "reason"
  FROM "Event" tr
  WHERE tr."conversationId" = e."conversationId" AND tr."type" = 'trigger' AND tr."createdAt" = e."createdAt" AND tr."id" < e."id"
    AND jsonb_typeof(tr."data") = 'object' AND tr."data" ? 'reason' AND (tr."data"->>'action') IS DISTINCT FROM 'offer'
  ORDER BY tr."id" DESC
  LIMIT 1
) r ON true
LEFT JOIN "Team" t ON t."workspaceId" = c."workspaceId" AND t."id" = COALESCE(NULLIF(n."teamId", ''), c."teamId")
  AND (e."data"->>'noAgent') IS DISTINCT FROM 'unknown_team'
WHERE NOT EXISTS (SELECT 1 FROM "Handoff" h WHERE h."conversationId" = e."conversationId" AND h."requestedAt" = e."createdAt")
  AND NOT EXISTS (
    SELECT 1 FROM "Event" v
    WHERE v."conversationId" = e."conversationId" AND v."type" = 'node_visit' AND v."createdAt" = e."createdAt" AND v."id" < e."id"
      AND jsonb_typeof(v."data") = 'object' AND v."data"->>'port' = 'no_agent');
