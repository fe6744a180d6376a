import { randomUUID } from "node:crypto";
import type { ConversationStatus } from "../db/generated/client";
import type { StoredMessage } from "./public-message";
import { DuplicateRequest, isDuplicateKey, TurnConflict, type SavedTurn } from "./save-turn";
import type { DbClient } from "../db/db-client";

/**
 * While a person owns the conversation, a customer message needs no engine
 * turn: one statement takes the next seq under the row lock, stores the
 * message and notifies. Concurrent messages serialize on the lock instead of
 * retrying. The clientMessageId is recorded as a request that wrote this one
 * message (a retry's answer has no replies).
 */
export async function appendCustomerMessage(
  db: DbClient,
  conversationId: string,
  customer: { text: string; clientMessageId: string; choiceId?: string },
  now: Date,
  notify: boolean,
): Promise<SavedTurn> {
  try {
    const rows = await db.$queryRawUnsafe<{ status: ConversationStatus; message: Omit<StoredMessage, "createdAt"> & { createdAt: string } }[]>(
      `WITH upd AS (
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
      conversationId,
      randomUUID(),
      customer.text,
      customer.clientMessageId,
      now.toISOString(),
      customer.choiceId ? JSON.stringify({ choiceId: customer.choiceId }) : null,
      notify,
    );
    const row = rows[0];
    if (!row) throw new TurnConflict();
    const message = { ...row.message, createdAt: new Date(`${row.message.createdAt}Z`) };
    return { messages: [message], status: row.status, lastSeq: message.seq, handoffId: null };
  } catch (error) {
    if (error instanceof TurnConflict) throw error;
    if (isDuplicateKey(error instanceof Error ? error.message : "")) throw new DuplicateRequest();
    throw error;
  }
}
