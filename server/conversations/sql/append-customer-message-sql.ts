import { z } from "zod";
import { ConversationStatus } from "../../db/generated/enums";
import { sqlStatement } from "../../db/sql/sql-statement";
import { storedMessageJsonSchema } from "./stored-message-json-schema";

/**
 * A customer message while a person owns the conversation ($1, QUEUED or
 * ASSIGNED): the next seq under the row lock, the message ($2 id, $3 text,
 * $4 clientMessageId, $6 payload), its request key, and the NOTIFY ($7).
 * No row when the conversation is no longer with a person.
 */
export const appendCustomerMessageSql = sqlStatement({
  name: "append_customer_message",
  params: ["text", "text", "text", "text", "timestamptz", "jsonb?", "bool"],
  row: z.object({ status: z.enum(ConversationStatus), message: storedMessageJsonSchema }),
  text: `WITH upd AS (
  UPDATE "Conversation" SET "lastSeq" = "lastSeq" + 1, "version" = "version" + 1, "updatedAt" = $5::timestamptz AT TIME ZONE 'UTC',
    "customerSeenAt" = $5::timestamptz AT TIME ZONE 'UTC'
  WHERE "id" = $1 AND "status" IN ('QUEUED', 'ASSIGNED')
  RETURNING "id", "lastSeq", "status"
), msg AS (
  INSERT INTO "Message" ("id", "conversationId", "seq", "author", "text", "clientMessageId", "payload", "createdAt")
  SELECT $2, upd."id", upd."lastSeq", 'CUSTOMER', $3, $4, $6::jsonb, $5::timestamptz AT TIME ZONE 'UTC' FROM upd
  RETURNING "id", "seq", "author", "text", "payload", "createdAt"
), req AS (
  INSERT INTO "ChatRequest" ("conversationId", "kind", "key", "afterSeq", "throughSeq", "createdAt")
  SELECT upd."id", 'message', $4, upd."lastSeq" - 1, upd."lastSeq", $5::timestamptz AT TIME ZONE 'UTC' FROM upd
  RETURNING 1
), nt AS (
  SELECT pg_notify('tandem_conversation', upd."id" || ':' || upd."lastSeq") FROM upd WHERE $7::boolean
)
SELECT upd."status"::text AS "status", to_jsonb(msg) AS "message", (SELECT count(*) FROM req) + (SELECT count(*) FROM nt) AS "n" FROM upd, msg`,
});
