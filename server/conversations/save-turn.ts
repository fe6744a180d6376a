import { randomUUID } from "node:crypto";
import { constraintNames } from "../db/constraint-names";
import { violatesUnique } from "../db/constraint-of";
import type { ConversationStatus } from "../db/generated/client";
import type { EngineState } from "../engine/engine-state";
import type { TurnResult } from "../engine/turn-types";
import { withPhraseKey } from "../nlu/phrase-key";
import type { MessagePayload } from "../realtime/stream-events/message-payload-schema";
import { botMessagePayload } from "./bot-message-payload";
import type { RequestKey } from "./request-key";
import type { StoredMessage } from "./public-message";
import { saveTurnSql } from "./sql/save-turn-sql";
import type { DbClient } from "../db/db-client";

/** Another turn saved first (the version moved on): reload and run again. */
export class TurnConflict extends Error {}
/** This request's idempotency key (clientMessageId, clientRequestId) is already stored: it is a retry. */
export class DuplicateRequest extends Error {}

/** A unique violation on an idempotency key (the message's clientMessageId, or ChatRequest's key). */
export const isDuplicateRequest = (error: unknown) =>
  violatesUnique(error, constraintNames.messageClientMessageId) || violatesUnique(error, constraintNames.chatRequestKey);

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

  const noAgent = noAgentToRecord(conversation.status, result);
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
            outcome: null,
          },
        ]
      : noAgent
        ? [
            {
              id: randomUUID(),
              kind: noAgent.kind,
              reason: noAgent.reason,
              teamId: noAgent.teamId,
              nodeId: noAgent.nodeId,
              context: {
                ...noAgent.context,
                channel: conversation.channel.toLowerCase(),
                transcript: { conversationId: conversation.id, throughSeq: lastSeq },
                noAgent: noAgent.cause,
              },
              outcome: "NO_AGENT",
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
    data: withPhraseKey(event),
  }));
  // The End step's rating is recorded like the post-chat form's (rate-chat.ts), in this turn's statement.
  if (rating?.type === "rating")
    events.push({ nodeId: null, type: "conversation.rated", data: { rating: rating.value, hasComment: false, source: "end_step" } });

  try {
    const [row] = await saveTurnSql.query(
      db,
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
    if (!row || row.updated === 0) throw new TurnConflict();
    return { messages: row.messages, status, lastSeq, handoffId: row.handoffId, callbackId: row.callbackId };
  } catch (error) {
    if (isDuplicateRequest(error)) throw new DuplicateRequest();
    if (violatesUnique(error, constraintNames.messageSeq)) throw new TurnConflict();
    throw error;
  }
}

/**
 * The escalation a turn records when its handoff found nobody (the team closed, nobody online): one handoff row per
 * customer request, ended at once with outcome NO_AGENT — so every figure that counts handoffs sees it — and never
 * queued, routed or announced (`handoff.requested`). Not when the turn also queued a handoff (a later step found
 * someone: that row tells the story), and not on the turn that follows a person's part (the queue sweep already closed
 * that request's handoff as NO_AGENT). Of several that found nobody in one turn, the first: where the escalation began.
 */
function noAgentToRecord(before: ConversationStatus, result: TurnResult | null) {
  if (!result || before === "QUEUED" || before === "ASSIGNED") return null;
  if (result.effects.some((effect) => effect.type === "handoff")) return null;
  const found = result.effects.find((effect) => effect.type === "no_agent");
  return found?.type === "no_agent" ? found : null;
}

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
