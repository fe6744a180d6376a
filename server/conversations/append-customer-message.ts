import { randomUUID } from "node:crypto";
import { DuplicateRequest, isDuplicateRequest, TurnConflict, type SavedTurn } from "./save-turn";
import { appendCustomerMessageSql } from "./sql/append-customer-message-sql";
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
    const [row] = await appendCustomerMessageSql.query(
      db,
      conversationId,
      randomUUID(),
      customer.text,
      customer.clientMessageId,
      now.toISOString(),
      customer.choiceId ? JSON.stringify({ choiceId: customer.choiceId }) : null,
      notify,
    );
    if (!row) throw new TurnConflict();
    return { messages: [row.message], status: row.status, lastSeq: row.message.seq, handoffId: null };
  } catch (error) {
    if (isDuplicateRequest(error)) throw new DuplicateRequest();
    throw error;
  }
}
