import { z } from "zod";
import { sqlStatement } from "../../db/sql/sql-statement";

/**
 * A new chat in one statement: the conversation ($1 id … $11 now), its first
 * bot messages ($12, JSON `[{id, seq, text, payload}]`) and the analytics
 * events ($13, JSON `[{nodeId, type, data}]`); the contact the host site named, with its
 * name and e-mail ($14–$16, null while anonymous) — only while $4 is still
 * the live version of flow $3 at address $17 (the caller may have it from a
 * cache): `created` is 0 when it no longer is, and nothing is written.
 */
export const insertChatSql = sqlStatement({
  name: "insert_chat",
  params: [
    "text",
    "text",
    "text",
    "text",
    "Channel",
    "text",
    "jsonb",
    "jsonb",
    "ConversationStatus",
    "int4",
    "timestamptz",
    "jsonb",
    "jsonb",
    "text?",
    "text?",
    "text?",
    "text",
  ],
  row: z.object({ created: z.number().int() }),
  text: `WITH c AS (
  INSERT INTO "Conversation" ("id", "workspaceId", "flowId", "flowVersionId", "channel", "customerTokenHash", "state", "variables", "status", "lastSeq", "version", "createdAt", "updatedAt",
    "contactId", "customerName", "customerEmail")
  SELECT $1, $2, $3, $4, $5::"Channel", $6, $7::jsonb, $8::jsonb, $9::"ConversationStatus", $10, 1, $11::timestamptz AT TIME ZONE 'UTC', $11::timestamptz AT TIME ZONE 'UTC',
    $14, $15, $16
  WHERE EXISTS (SELECT 1 FROM "Flow" f WHERE f."id" = $3 AND f."slug" = $17 AND f."publishedVersionId" = $4 AND f."archivedAt" IS NULL)
  RETURNING "id"
), m AS (
  INSERT INTO "Message" ("id", "conversationId", "seq", "author", "text", "payload", "createdAt")
  SELECT x."id", c."id", x."seq", 'BOT', x."text", x."payload", $11::timestamptz AT TIME ZONE 'UTC'
  FROM c, jsonb_to_recordset($12::jsonb) AS x("id" text, "seq" int, "text" text, "payload" jsonb)
), ev AS (
  INSERT INTO "Event" ("workspaceId", "conversationId", "flowId", "flowVersionId", "nodeId", "type", "data", "createdAt")
  SELECT $2, c."id", $3, $4, e."nodeId", e."type", e."data", $11::timestamptz AT TIME ZONE 'UTC'
  FROM c, jsonb_to_recordset($13::jsonb) AS e("nodeId" text, "type" text, "data" jsonb)
)
SELECT count(*)::int AS "created" FROM c`,
});
