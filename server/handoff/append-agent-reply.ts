import "server-only";
import { randomUUID } from "node:crypto";
import type { Agent } from "./agent-scope";
import type { DbClient } from "../db/db-client";

/**
 * The common case of an agent's reply in ONE statement: when the
 * conversation is of the agent's workspace, assigned to them and still
 * ASSIGNED, it takes the next seq under the row lock, stores the message,
 * bumps the version (a concurrent engine turn retries on fresh state) and,
 * with `notify`, sends the NOTIFY with the commit. On an e-mail follow-up
 * the message is marked to go by e-mail too (`payload.email`, `sending`).
 * Returns the new seq and that address, or null when any condition fails —
 * then nothing was written, and the caller finds out which one to say.
 */
export async function appendAgentReply(
  db: DbClient,
  agent: Agent,
  conversationId: string,
  text: string,
  now: Date,
  notify: boolean,
): Promise<{ seq: number; emailTo: string | null } | null> {
  const rows = await db.$queryRawUnsafe<{ seq: number; emailTo: string | null }[]>(
    `WITH upd AS (
       UPDATE "Conversation" SET "lastSeq" = "lastSeq" + 1, "version" = "version" + 1, "updatedAt" = $5::timestamptz AT TIME ZONE 'UTC',
         "firstAgentReplyAt" = COALESCE("firstAgentReplyAt", $5::timestamptz AT TIME ZONE 'UTC')
       WHERE "id" = $1 AND "workspaceId" = $2 AND "assigneeId" = $3 AND "status" = 'ASSIGNED'
       RETURNING "id", "lastSeq", "followUpEmail"
     ), msg AS (
       INSERT INTO "Message" ("id", "conversationId", "seq", "author", "text", "payload", "agentId", "createdAt")
       SELECT $6, upd."id", upd."lastSeq", 'AGENT', $4,
         $7::jsonb || CASE WHEN upd."followUpEmail" IS NULL THEN '{}'::jsonb
                           ELSE jsonb_build_object('email', jsonb_build_object('to', upd."followUpEmail", 'state', 'sending')) END,
         $3, $5::timestamptz AT TIME ZONE 'UTC' FROM upd
       RETURNING "seq", ("payload"->'email'->>'to') AS "emailTo"
     ), ho AS (
       UPDATE "Handoff" SET "firstReplyAt" = $5::timestamptz AT TIME ZONE 'UTC'
       WHERE "conversationId" = (SELECT "id" FROM upd) AND "acceptedAt" IS NOT NULL AND "firstReplyAt" IS NULL AND "outcome" IS NULL
       RETURNING 1
     ), nt AS (
       SELECT pg_notify('tandem_conversation', upd."id" || ':' || upd."lastSeq") FROM upd WHERE $8::boolean
     )
     -- nt is a plain SELECT: it must be read to send its NOTIFY. The first reply is stamped on the conversation (upd) and its open handoff (ho) for analytics.
     SELECT msg."seq", msg."emailTo", (SELECT count(*) FROM nt) AS "notified", (SELECT count(*) FROM ho) AS "stamped" FROM msg`,
    conversationId,
    agent.workspaceId,
    agent.userId,
    text,
    now.toISOString(),
    randomUUID(),
    JSON.stringify({ agentName: agent.name }),
    notify,
  );
  const row = rows[0];
  return row ? { seq: row.seq, emailTo: row.emailTo } : null;
}
