import type { DbClient } from "../db/db-client";

/** A customer request's idempotency key: the endpoint it was sent to, and the key the client chose. */
export interface RequestKey {
  kind: "message" | "handoff";
  key: string;
}

export interface ChatRequestRecord {
  afterSeq: number;
  throughSeq: number;
  handoffId: string | null;
}

/** What an earlier request with this key wrote, or null when there was none. */
export async function findChatRequest(db: DbClient, conversationId: string, request: RequestKey): Promise<ChatRequestRecord | null> {
  return db.chatRequest.findUnique({
    where: { conversationId_kind_key: { conversationId, kind: request.kind, key: request.key } },
    select: { afterSeq: true, throughSeq: true, handoffId: true },
  });
}
