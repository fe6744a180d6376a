import { z } from "zod";
import { sqlStatement } from "../../db/sql/sql-statement";

export const chatRequestRecordSchema = z.object({
  afterSeq: z.number().int(),
  throughSeq: z.number().int(),
  handoffId: z.string().nullable(),
});

/** What an earlier request with this idempotency key (conversation, kind, key) wrote. */
export const findChatRequestSql = sqlStatement({
  name: "find_chat_request",
  params: ["text", "text", "text"],
  row: chatRequestRecordSchema,
  text: `SELECT "afterSeq", "throughSeq", "handoffId" FROM "ChatRequest" WHERE "conversationId" = $1 AND "kind" = $2 AND "key" = $3`,
});
