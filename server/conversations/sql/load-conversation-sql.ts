import { z } from "zod";
import { ConversationStatus } from "../../db/generated/enums";
import { sqlStatement } from "../../db/sql/sql-statement";

/** The columns a turn needs (the hot path of every message), and the earlier request's (null when there is none). */
export const turnConversationRowSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  flowId: z.string(),
  flowVersionId: z.string(),
  status: z.enum(ConversationStatus),
  channel: z.string(),
  state: z.unknown(),
  version: z.number().int(),
  lastSeq: z.number().int(),
  customerTokenHash: z.string(),
  teamId: z.string().nullable(),
  priority: z.number().int(),
  queuedAt: z.date().nullable(),
  requestAfterSeq: z.number().int().nullable(),
  requestThroughSeq: z.number().int().nullable(),
  requestHandoffId: z.string().nullable(),
});

/**
 * One conversation by id ($1), as a turn reads it, with what an earlier
 * request with the idempotency key ($2 kind, $3 key; NULL: none asked) wrote —
 * one round trip for the replay check and the load.
 */
export const loadConversationSql = sqlStatement({
  name: "load_conversation",
  params: ["text", "text?", "text?"],
  row: turnConversationRowSchema,
  text: `SELECT c."id", c."workspaceId", c."flowId", c."flowVersionId", c."status"::text AS "status", c."channel"::text AS "channel", c."state",
       c."version", c."lastSeq", c."customerTokenHash", c."teamId", c."priority", c."queuedAt",
       r."afterSeq" AS "requestAfterSeq", r."throughSeq" AS "requestThroughSeq", r."handoffId" AS "requestHandoffId"
FROM "Conversation" c
LEFT JOIN "ChatRequest" r ON r."conversationId" = c."id" AND r."kind" = $2::text AND r."key" = $3::text
WHERE c."id" = $1`,
});
