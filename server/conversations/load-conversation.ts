import type { z } from "zod";
import type { DbClient } from "../db/db-client";
import type { ChatRequestRecord, RequestKey } from "./request-key";
import { loadConversationSql, type turnConversationRowSchema } from "./sql/load-conversation-sql";

type Row = z.infer<typeof turnConversationRowSchema>;

/** The columns a turn needs, read in one statement (the hot path of every message). */
export type TurnConversation = Omit<Row, "requestAfterSeq" | "requestThroughSeq" | "requestHandoffId"> & {
  /** The idempotency key this load looked for, and what an earlier request with it wrote (null: none did); null when no key was asked. */
  request: { key: RequestKey; earlier: ChatRequestRecord | null } | null;
};

/** A conversation by id and, given a request's key, what an earlier request with that key wrote: one round trip. */
export async function loadConversation(db: DbClient, id: string, key: RequestKey | null = null): Promise<TurnConversation | null> {
  const [row] = await loadConversationSql.query(db, id, key?.kind ?? null, key?.key ?? null);
  if (!row) return null;
  const { requestAfterSeq, requestThroughSeq, requestHandoffId, ...conversation } = row;
  const earlier =
    requestAfterSeq !== null && requestThroughSeq !== null ? { afterSeq: requestAfterSeq, throughSeq: requestThroughSeq, handoffId: requestHandoffId } : null;
  return { ...conversation, request: key ? { key, earlier } : null };
}
