import type { z } from "zod";
import type { DbClient } from "../db/db-client";
import { findChatRequestSql, type chatRequestRecordSchema } from "./sql/find-chat-request-sql";

/** A customer request's idempotency key: the endpoint it was sent to, and the key the client chose. */
export interface RequestKey {
  kind: "message" | "handoff";
  key: string;
}

export type ChatRequestRecord = z.infer<typeof chatRequestRecordSchema>;

/** What an earlier request with this key wrote, or null when there was none. */
export async function findChatRequest(db: DbClient, conversationId: string, request: RequestKey): Promise<ChatRequestRecord | null> {
  const [row] = await findChatRequestSql.query(db, conversationId, request.kind, request.key);
  return row ?? null;
}
