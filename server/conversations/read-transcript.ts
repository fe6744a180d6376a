import type { ConversationStatus, MessageAuthor } from "../db/generated/client";
import { DomainError } from "../errors";
import { publicMessage, publicStatus } from "./public-message";
import type { DbClient } from "../db/db-client";

interface TranscriptRow {
  status: ConversationStatus;
  awaitingEmail: boolean;
  customerReadSeq: number;
  agentReadSeq: number;
  messages: { id: string; seq: number; author: MessageAuthor; text: string; payload: unknown; createdAt: string }[];
}

/** At most this many messages per read; a stream reads on until it has them all. */
export const TRANSCRIPT_PAGE = 1000;

/**
 * The conversation's status, its messages after `afterSeq` (all of them by
 * default), and how far each side has read (message seqs). One statement:
 * every customer stream runs it on each new message.
 */
export async function readTranscript(db: DbClient, conversationId: string, afterSeq = 0) {
  const [row] = await db.$queryRawUnsafe<TranscriptRow[]>(
    `SELECT c."status"::text AS "status", c."awaitingEmailReplyAt" IS NOT NULL AS "awaitingEmail", c."customerReadSeq", c."agentReadSeq",
       COALESCE((SELECT jsonb_agg(jsonb_build_object('id', m."id", 'seq', m."seq", 'author', m."author", 'text', m."text", 'payload', m."payload", 'createdAt', m."createdAt") ORDER BY m."seq")
                 FROM (SELECT * FROM "Message" WHERE "conversationId" = c."id" AND "seq" > $2 ORDER BY "seq" LIMIT ${TRANSCRIPT_PAGE}) m), '[]'::jsonb) AS "messages"
     FROM "Conversation" c WHERE c."id" = $1`,
    conversationId,
    afterSeq,
  );
  if (!row) throw new DomainError("NOT_FOUND", "This chat session does not exist.");
  return {
    status: publicStatus(row.status, row.awaitingEmail),
    messages: row.messages.map((message) => publicMessage({ ...message, createdAt: new Date(`${message.createdAt}Z`) })),
    customerReadSeq: row.customerReadSeq,
    agentReadSeq: row.agentReadSeq,
  };
}
