import { randomUUID } from "node:crypto";
import { Prisma, type ConversationStatus } from "../db/generated/client";
import type { EngineState } from "../engine/engine-state";
import type { TurnResult } from "../engine/turn-types";
import type { MessagePayload } from "../realtime/stream-events/message-payload-schema";
import { botMessagePayload } from "./bot-message-payload";
import type { RequestKey } from "./find-chat-request";
import type { StoredMessage } from "./public-message";
import type { DbClient } from "../db/db-client";

/** Another turn saved first (the version moved on): reload and run again. */
export class TurnConflict extends Error {}
/** This request's idempotency key (clientMessageId, clientRequestId) is already stored: it is a retry. */
export class DuplicateRequest extends Error {}

/** A unique violation on an idempotency key (the message's clientMessageId, or ChatRequest's key). */
export const isDuplicateKey = (text: string) => /clientMessageId|ChatRequest/.test(text);

export interface SaveTurnInput {
  conversation: {
    id: string;
    workspaceId: string;
    flowId: string;
    flowVersionId: string;
    version: number;
    lastSeq: number;
    status: ConversationStatus;
    channel: string;
  };
  customer: { text: string; clientMessageId: string; choiceId?: string } | null;
  /** The request's idempotency key, recorded with the seqs it wrote (for replays). */
  request: RequestKey | null;
  result: TurnResult | null;
  now: Date;
  /** Also NOTIFY listeners of other instances, inside the same statement. */
  notify: boolean;
}

export interface SavedTurn {
  messages: StoredMessage[];
  status: ConversationStatus;
  lastSeq: number;
  handoffId: string | null;
  /** The callback this turn booked (the flow's callback node), for the callback.scheduled webhook. */
  callbackId?: string | null;
  /** An e-mail the customer typed at an Ask step of kind email, for the contact (server/contacts/link-given-email.ts). */
  givenEmail?: string | null;
}

/**
 * Saves a turn atomically in ONE statement (data-modifying CTEs): the version
 * check and update of the conversation, the customer's message (unique by
 * clientMessageId), the bot's messages, any handoff or callback, the
 * analytics events, the request's key with the seqs it wrote, and the
 * NOTIFY for other instances. When the version
 * moved on, nothing is written and TurnConflict is thrown.
 */
export async function saveTurn(db: DbClient, input: SaveTurnInput): Promise<SavedTurn> {
  const { conversation, customer, result, now } = input;
  const handoff = result?.effects.find((effect) => effect.type === "handoff");
  const callback = result?.effects.find((effect) => effect.type === "callback");
  const rating = result?.effects.find((effect) => effect.type === "rating");
  const state = result?.state;
  const status = nextStatus(conversation.status, state, Boolean(handoff), Boolean(callback));

  const rows: { id: string; seq: number; author: string; text: string; payload: MessagePayload | null; clientMessageId: string | null }[] = [];
  const add = (author: string, text: string, payload: MessagePayload | null, clientMessageId: string | null = null) =>
    rows.push({ id: randomUUID(), seq: conversation.lastSeq + rows.length + 1, author, text, payload, clientMessageId });
  if (customer) add("CUSTOMER", customer.text, customer.choiceId ? { choiceId: customer.choiceId } : null, customer.clientMessageId);
  for (const message of result?.messages ?? []) add("BOT", message.text, botMessagePayload(message));
  if (status !== conversation.status) add("SYSTEM", statusLine(status), { event: "status", status });
  const lastSeq = conversation.lastSeq + rows.length;
  const nowIso = now.toISOString();

  const handoffs =
    handoff?.type === "handoff"
      ? [
          {
            id: randomUUID(),
            kind: handoff.kind,
            reason: handoff.reason,
            teamId: handoff.teamId,
            nodeId: handoff.nodeId,
            context: {
              ...handoff.context,
              channel: conversation.channel.toLowerCase(),
              transcript: { conversationId: conversation.id, throughSeq: lastSeq },
              introduction: handoff.introduction,
            },
          },
        ]
      : [];
  const callbacks =
    callback?.type === "callback"
      ? [{ id: randomUUID(), teamId: callback.teamId || null, phone: callback.phone, dueAt: callback.dueAt, timeZone: callback.timeZone }]
      : [];
  const events: { nodeId: string | null; type: string; data: unknown }[] = (result?.events ?? []).map((event) => ({
    nodeId: event.nodeId ?? null,
    type: event.type,
    data: event.data ?? null,
  }));
  // The End step's rating is recorded like the post-chat form's (rate-chat.ts), in this turn's statement.
  if (rating?.type === "rating")
    events.push({ nodeId: null, type: "conversation.rated", data: { rating: rating.value, hasComment: false, source: "end_step" } });

  try {
    const [row] = await db.$queryRawUnsafe<
      { updated: number; handoffId: string | null; callbackId: string | null; messages: (Omit<StoredMessage, "createdAt"> & { createdAt: string })[] }[]
    >(
      SAVE_TURN_SQL,
      conversation.id,
      conversation.version,
      lastSeq,
      status,
      state ? JSON.stringify(state) : null,
      state ? JSON.stringify(state.variables) : null,
      state?.teamId ?? null,
      Boolean(handoff),
      nowIso,
      rating?.type === "rating" ? rating.value : null,
      status === "RESOLVED" || status === "CALLBACK_SCHEDULED",
      JSON.stringify(rows),
      JSON.stringify(handoffs),
      JSON.stringify(callbacks),
      JSON.stringify(events),
      conversation.workspaceId,
      conversation.flowId,
      conversation.flowVersionId,
      input.notify,
      input.request?.kind ?? null,
      input.request?.key ?? null,
      conversation.lastSeq,
      state?.language ?? null,
      Boolean(customer),
    );
    if (!row || Number(row.updated) === 0) throw new TurnConflict();
    return {
      messages: row.messages.map((m) => ({ ...m, createdAt: new Date(`${m.createdAt}Z`) })),
      status,
      lastSeq,
      handoffId: row.handoffId,
      callbackId: row.callbackId,
    };
  } catch (error) {
    if (error instanceof TurnConflict) throw error;
    const text = error instanceof Error ? error.message : String(error);
    if (error instanceof Prisma.PrismaClientKnownRequestError || /unique|duplicate key/i.test(text)) {
      if (isDuplicateKey(text)) throw new DuplicateRequest();
      if (text.includes("Message_conversationId_seq_key")) throw new TurnConflict();
    }
    throw error;
  }
}

const SAVE_TURN_SQL = `
WITH upd AS (
  UPDATE "Conversation" SET
    "version" = "version" + 1,
    "lastSeq" = $3,
    "status" = $4::"ConversationStatus",
    "state" = COALESCE($5::jsonb, "state"),
    "variables" = COALESCE($6::jsonb, "variables"),
    "teamId" = COALESCE($7::text, "teamId"),
    "language" = COALESCE($23::text, "language"),
    "queuedAt" = CASE WHEN $8::boolean THEN $9::timestamptz AT TIME ZONE 'UTC' ELSE "queuedAt" END,
    "rating" = COALESCE($10::int, "rating"),
    "closedAt" = CASE WHEN $11::boolean THEN $9::timestamptz AT TIME ZONE 'UTC' ELSE "closedAt" END,
    "customerSeenAt" = CASE WHEN $24::boolean THEN $9::timestamptz AT TIME ZONE 'UTC' ELSE "customerSeenAt" END,
    "updatedAt" = $9::timestamptz AT TIME ZONE 'UTC'
  WHERE "id" = $1 AND "version" = $2
  RETURNING "id"
), msg AS (
  INSERT INTO "Message" ("id", "conversationId", "seq", "author", "text", "payload", "clientMessageId", "createdAt")
  SELECT m."id", upd."id", m."seq", m."author"::"MessageAuthor", m."text", m."payload", m."clientMessageId", $9::timestamptz AT TIME ZONE 'UTC'
  FROM upd, jsonb_to_recordset($12::jsonb) AS m("id" text, "seq" int, "author" text, "text" text, "payload" jsonb, "clientMessageId" text)
  RETURNING "id", "conversationId", "seq", "author", "text", "payload", "clientMessageId", "agentId", "createdAt"
), ho AS (
  INSERT INTO "Handoff" ("id", "workspaceId", "conversationId", "kind", "reason", "teamId", "nodeId", "context", "requestedAt")
  SELECT h."id", $16, upd."id", h."kind"::"HandoffKind", h."reason"::"HandoffReason", h."teamId", h."nodeId", h."context", $9::timestamptz AT TIME ZONE 'UTC'
  FROM upd, jsonb_to_recordset($13::jsonb) AS h("id" text, "kind" text, "reason" text, "teamId" text, "nodeId" text, "context" jsonb)
  RETURNING "id"
), cb AS (
  INSERT INTO "Callback" ("id", "workspaceId", "conversationId", "teamId", "phone", "dueAt", "timeZone")
  SELECT c."id", $16, upd."id", c."teamId", c."phone", c."dueAt"::timestamptz AT TIME ZONE 'UTC', c."timeZone"
  FROM upd, jsonb_to_recordset($14::jsonb) AS c("id" text, "teamId" text, "phone" text, "dueAt" text, "timeZone" text)
  RETURNING "id"
), ev AS (
  INSERT INTO "Event" ("workspaceId", "conversationId", "flowId", "flowVersionId", "nodeId", "type", "data", "createdAt")
  SELECT $16, upd."id", $17, $18, e."nodeId", e."type", e."data", $9::timestamptz AT TIME ZONE 'UTC'
  FROM upd, jsonb_to_recordset($15::jsonb) AS e("nodeId" text, "type" text, "data" jsonb)
  RETURNING 1
), req AS (
  INSERT INTO "ChatRequest" ("conversationId", "kind", "key", "afterSeq", "throughSeq", "handoffId", "createdAt")
  SELECT upd."id", $20::text, $21::text, $22::int, $3::int, (SELECT "id" FROM ho LIMIT 1), $9::timestamptz AT TIME ZONE 'UTC'
  FROM upd WHERE $21::text IS NOT NULL
  RETURNING 1
), nt AS (
  SELECT pg_notify('tandem_conversation', upd."id" || ':' || $3::text) FROM upd WHERE $19::boolean
)
-- Data-modifying CTEs always run; nt is a plain SELECT, so it must be read to send its NOTIFY.
SELECT
  (SELECT count(*)::int FROM upd) AS "updated",
  (SELECT "id" FROM ho LIMIT 1) AS "handoffId",
  (SELECT "id" FROM cb LIMIT 1) AS "callbackId",
  (SELECT count(*)::int FROM cb) + (SELECT count(*)::int FROM ev) + (SELECT count(*)::int FROM req) + (SELECT count(*)::int FROM nt) AS "sideRows",
  (SELECT COALESCE(jsonb_agg(to_jsonb(msg) ORDER BY msg."seq"), '[]'::jsonb) FROM msg) AS "messages"`;

function nextStatus(current: ConversationStatus, state: EngineState | undefined, handoff: boolean, callback: boolean): ConversationStatus {
  if (!state) return current;
  if (handoff) return "QUEUED";
  const callbackPending = callback || current === "CALLBACK_SCHEDULED";
  if (state.status === "ended") return callbackPending ? "CALLBACK_SCHEDULED" : "RESOLVED";
  if (callbackPending) return "CALLBACK_SCHEDULED";
  // Still with a person: unchanged; back with the bot (hand-back, no agent): BOT.
  return state.status === "human" ? current : "BOT";
}

function statusLine(status: ConversationStatus): string {
  switch (status) {
    case "QUEUED":
      return "Waiting for a person to join";
    case "ASSIGNED":
      return "A person joined the chat";
    case "CALLBACK_SCHEDULED":
      return "Callback scheduled";
    case "RESOLVED":
      return "Conversation closed";
    case "ABANDONED":
      return "Conversation abandoned";
    case "BOT":
      return "Back with the assistant";
  }
}
