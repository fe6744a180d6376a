import { z } from "zod";
import { ConversationStatus } from "../../db/generated/enums";
import { sqlStatement } from "../../db/sql/sql-statement";

/** The columns a turn needs (the hot path of every message). */
export const turnConversationSchema = z.object({
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
});

/** One conversation by id, as a turn reads it. */
export const loadConversationSql = sqlStatement({
  name: "load_conversation",
  params: ["text"],
  row: turnConversationSchema,
  text: `SELECT "id", "workspaceId", "flowId", "flowVersionId", "status"::text AS "status", "channel"::text AS "channel", "state",
       "version", "lastSeq", "customerTokenHash", "teamId", "priority", "queuedAt"
FROM "Conversation" WHERE "id" = $1`,
});
