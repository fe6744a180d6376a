import { z } from "zod";
import { sqlStatement } from "../../db/sql/sql-statement";
import { storedMessageJsonSchema } from "./stored-message-json-schema";

/**
 * A whole turn in ONE statement (data-modifying CTEs): the version check and
 * update of the conversation ($1 id, $2 expected version, $3 new lastSeq …),
 * its messages ($12), handoff ($13: `handoffId` is the one queued, never one that found no agent), callback ($14), analytics events ($15),
 * the request's idempotency key ($20 kind, $21 key, $22 the seq before) and
 * the NOTIFY for other instances ($19). `updated` is 0 when the version moved on.
 */
export const saveTurnSql = sqlStatement({
  name: "save_turn",
  params: [
    "text", // $1 conversation id
    "int4", // $2 expected version
    "int4", // $3 new lastSeq
    "ConversationStatus", // $4
    "jsonb?", // $5 engine state
    "jsonb?", // $6 variables
    "text?", // $7 team
    "bool", // $8 queued now
    "timestamptz", // $9 now
    "int4?", // $10 rating
    "bool", // $11 closed now
    "jsonb", // $12 messages [{id, seq, author, text, payload, clientMessageId}]
    "jsonb", // $13 handoffs [{id, kind, reason, teamId, nodeId, context, outcome}] (outcome NO_AGENT: found nobody, ended at once)
    "jsonb", // $14 callbacks [{id, teamId, phone, dueAt, timeZone}]
    "jsonb", // $15 events [{nodeId, type, data}]
    "text", // $16 workspace
    "text", // $17 flow
    "text", // $18 flow version
    "bool", // $19 NOTIFY
    "text?", // $20 request kind
    "text?", // $21 request key
    "int4", // $22 the seq before this turn
    "text?", // $23 language
    "bool", // $24 a customer message: the customer was seen now
  ],
  row: z.object({
    updated: z.number().int(),
    handoffId: z.string().nullable(),
    callbackId: z.string().nullable(),
    messages: z.array(storedMessageJsonSchema),
  }),
  text: `
WITH upd AS (
  UPDATE "Conversation" SET
    "version" = "version" + 1,
    "lastSeq" = $3,
    "status" = $4::"ConversationStatus",
    "state" = COALESCE($5::jsonb, "state"),
    "variables" = COALESCE($6::jsonb, "variables"),
    "teamId" = COALESCE($7::text, "teamId"),
    "language" = COALESCE($23::text, "language"),
    "queuedAt" = CASE WHEN $8::boolean THEN $9::timestamptz AT TIME ZONE 'UTC' ELSE "queuedAt" END,
    "rating" = COALESCE($10::int, "rating"),
    "closedAt" = CASE WHEN $11::boolean THEN $9::timestamptz AT TIME ZONE 'UTC' ELSE "closedAt" END,
    "customerSeenAt" = CASE WHEN $24::boolean THEN $9::timestamptz AT TIME ZONE 'UTC' ELSE "customerSeenAt" END,
    "updatedAt" = $9::timestamptz AT TIME ZONE 'UTC'
  WHERE "id" = $1 AND "version" = $2
  RETURNING "id"
), msg AS (
  INSERT INTO "Message" ("id", "conversationId", "seq", "author", "text", "payload", "clientMessageId", "createdAt")
  SELECT m."id", upd."id", m."seq", m."author"::"MessageAuthor", m."text", m."payload", m."clientMessageId", $9::timestamptz AT TIME ZONE 'UTC'
  FROM upd, jsonb_to_recordset($12::jsonb) AS m("id" text, "seq" int, "author" text, "text" text, "payload" jsonb, "clientMessageId" text)
  RETURNING "id", "conversationId", "seq", "author", "text", "payload", "clientMessageId", "agentId", "createdAt"
), ho AS (
  INSERT INTO "Handoff" ("id", "workspaceId", "conversationId", "kind", "reason", "teamId", "nodeId", "context", "requestedAt", "outcome", "resolvedAt")
  SELECT h."id", $16, upd."id", h."kind"::"HandoffKind", h."reason"::"HandoffReason", h."teamId", h."nodeId", h."context", $9::timestamptz AT TIME ZONE 'UTC',
    h."outcome"::"HandoffOutcome", CASE WHEN h."outcome" IS NULL THEN NULL ELSE $9::timestamptz AT TIME ZONE 'UTC' END
  FROM upd, jsonb_to_recordset($13::jsonb) AS h("id" text, "kind" text, "reason" text, "teamId" text, "nodeId" text, "context" jsonb, "outcome" text)
  RETURNING "id", "outcome"
), cb AS (
  INSERT INTO "Callback" ("id", "workspaceId", "conversationId", "teamId", "phone", "dueAt", "timeZone")
  SELECT c."id", $16, upd."id", c."teamId", c."phone", c."dueAt"::timestamptz AT TIME ZONE 'UTC', c."timeZone"
  FROM upd, jsonb_to_recordset($14::jsonb) AS c("id" text, "teamId" text, "phone" text, "dueAt" text, "timeZone" text)
  RETURNING "id"
), ev AS (
  INSERT INTO "Event" ("workspaceId", "conversationId", "flowId", "flowVersionId", "nodeId", "type", "data", "createdAt")
  SELECT $16, upd."id", $17, $18, e."nodeId", e."type", e."data", $9::timestamptz AT TIME ZONE 'UTC'
  FROM upd, jsonb_to_recordset($15::jsonb) AS e("nodeId" text, "type" text, "data" jsonb)
  RETURNING 1
), req AS (
  INSERT INTO "ChatRequest" ("conversationId", "kind", "key", "afterSeq", "throughSeq", "handoffId", "createdAt")
  SELECT upd."id", $20::text, $21::text, $22::int, $3::int, (SELECT "id" FROM ho WHERE "outcome" IS NULL LIMIT 1), $9::timestamptz AT TIME ZONE 'UTC'
  FROM upd WHERE $21::text IS NOT NULL
  RETURNING 1
), nt AS (
  SELECT pg_notify('tandem_conversation', upd."id" || ':' || $3::text) FROM upd WHERE $19::boolean
)
-- Data-modifying CTEs always run; nt is a plain SELECT, so it must be read to send its NOTIFY.
SELECT
  (SELECT count(*)::int FROM upd) AS "updated",
  (SELECT "id" FROM ho WHERE "outcome" IS NULL LIMIT 1) AS "handoffId",
  (SELECT "id" FROM cb LIMIT 1) AS "callbackId",
  (SELECT count(*)::int FROM cb) + (SELECT count(*)::int FROM ev) + (SELECT count(*)::int FROM req) + (SELECT count(*)::int FROM nt) AS "sideRows",
  (SELECT COALESCE(jsonb_agg(to_jsonb(msg) ORDER BY msg."seq"), '[]'::jsonb) FROM msg) AS "messages"`,
});
