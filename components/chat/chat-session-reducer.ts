import type { TurnResponse } from "@/server/realtime/stream-events/turn-response-schema";
import { customerStandIn, lastSeqOf, mergeMessages, type ChatMessage, type ChatStatus } from "./chat-message";
import type { OutboxBody, OutboxItem } from "./outbox";
import type { QueueStatus } from "./queue-wording";

export interface ChatSession {
  sessionId: string;
  token: string;
}

/** What a POST that ran a turn answers, as far as the chat uses it. */
export type TurnReply = Pick<TurnResponse, "status" | "messages" | "handoff">;

/** A transcript as GET (or starting a session) gives it. */
export interface Transcript {
  status: ChatStatus;
  messages: ChatMessage[];
  agentReadSeq?: number;
}

/** Something to tell the customer above the composer; `retryAt` (ms) when a 429 asked to wait. */
export interface ChatNotice {
  text: string;
  retryAt?: number;
}

/** Everything one customer's chat knows; the hook only carries out what the actions describe. */
export interface ChatSessionState {
  session: ChatSession | null;
  messages: ChatMessage[];
  /** The status when the transcript was loaded, and the seq it was true at; later status lines override it. */
  base: { status: ChatStatus; seq: number };
  /** Messages up to this seq appear at once (they were there before the page opened); later ones are paced. */
  instantThrough: number;
  loadError: string | null;
  notice: ChatNotice | null;
  queue: QueueStatus | null;
  /** The typing agent's name, or null. */
  agentTyping: string | null;
  agentReadSeq: number;
  askingForPerson: boolean;
  /** Customer messages on their way out, in order (see outbox.ts for the states). */
  outbox: readonly OutboxItem[];
}

export type ChatSessionAction =
  | { type: "loaded"; session: ChatSession; transcript: Transcript; instantThrough: number }
  | { type: "loadFailed"; error: string }
  | { type: "resynced"; transcript: Transcript }
  | { type: "restarted" }
  | { type: "messagesArrived"; messages: readonly ChatMessage[] }
  | { type: "replied"; reply: TurnReply }
  | { type: "agentTyping"; name: string | null; typing: boolean }
  | { type: "agentTypingExpired" }
  | { type: "agentRead"; seq: number }
  | { type: "queueChanged"; queue: QueueStatus }
  | { type: "noticeShown"; notice: ChatNotice | null }
  | { type: "askStarted" }
  | { type: "askFinished" }
  | { type: "outboxRestored"; items: readonly OutboxItem[] }
  | { type: "enqueued"; clientMessageId: string; body: OutboxBody; echo: string; online: boolean }
  | { type: "sending"; clientMessageId: string }
  | { type: "delivered"; clientMessageId: string; reply: TurnReply }
  | { type: "rejected"; clientMessageId: string; error: { message: string; status: number; retryAfterSeconds?: number | null }; now: number }
  | { type: "unsentWaiting" };

export const initialChatSessionState: ChatSessionState = {
  session: null,
  messages: [],
  base: { status: "bot", seq: 0 },
  instantThrough: 0,
  loadError: null,
  notice: null,
  queue: null,
  agentTyping: null,
  agentReadSeq: 0,
  askingForPerson: false,
  outbox: [],
};

/** Adds messages by seq (POST replies and the stream overlap); an agent's message ends their "typing". */
function withMessages(state: ChatSessionState, incoming: readonly ChatMessage[], onlyMissing = false): ChatSessionState {
  const messages = mergeMessages(state.messages, incoming, onlyMissing);
  const agentSpoke = incoming.some((message) => message.author === "agent");
  if (messages === state.messages && !agentSpoke) return state;
  return { ...state, messages, agentTyping: agentSpoke ? null : state.agentTyping };
}

function withReply(state: ChatSessionState, reply: TurnReply): ChatSessionState {
  const next = withMessages(state, reply.messages);
  return reply.handoff ? { ...next, queue: { position: reply.handoff.position, estimatedWaitSeconds: reply.handoff.estimatedWaitSeconds } } : next;
}

const setOutboxState = (items: readonly OutboxItem[], match: (item: OutboxItem) => boolean, state: OutboxItem["state"]) =>
  items.map((item) => (match(item) && item.state !== state ? { ...item, state } : item));

/**
 * The customer chat's state, as a pure function of what happened: a session
 * loaded or restarted, messages from POST replies and the SSE stream (once
 * each, by seq), the agent typing and reading, the queue, notices, and the
 * outbox of messages on their way (sending → sent when the server has it, or
 * waiting while offline; a refused one leaves with a notice). Side effects —
 * requests, storage, timers — stay in use-chat-session and use-outbox.
 */
export function chatSessionReducer(state: ChatSessionState, action: ChatSessionAction): ChatSessionState {
  switch (action.type) {
    case "loaded":
      return {
        ...state,
        session: action.session,
        messages: action.transcript.messages,
        base: { status: action.transcript.status, seq: lastSeqOf(action.transcript.messages) },
        instantThrough: action.instantThrough,
        agentReadSeq: action.transcript.agentReadSeq ?? 0,
        queue: null,
        loadError: null,
      };
    case "loadFailed":
      return { ...state, loadError: action.error };
    case "resynced":
      return {
        ...state,
        messages: mergeMessages(state.messages, action.transcript.messages),
        base: { status: action.transcript.status, seq: lastSeqOf(action.transcript.messages) },
      };
    case "restarted":
      return { ...state, session: null, messages: [], notice: null, outbox: [] };
    case "messagesArrived":
      return withMessages(state, action.messages);
    case "replied":
      return withReply(state, action.reply);
    case "agentTyping":
      return { ...state, agentTyping: action.typing ? (action.name ?? "Someone") : null };
    case "agentTypingExpired":
      return state.agentTyping === null ? state : { ...state, agentTyping: null };
    case "agentRead":
      return action.seq > state.agentReadSeq ? { ...state, agentReadSeq: action.seq } : state;
    case "queueChanged":
      return { ...state, queue: action.queue };
    case "noticeShown":
      return { ...state, notice: action.notice };
    case "askStarted":
      return { ...state, askingForPerson: true, notice: null };
    case "askFinished":
      return { ...state, askingForPerson: false };
    case "outboxRestored":
      return { ...state, outbox: action.items };
    case "enqueued": {
      const { clientMessageId, body, echo } = action;
      const item: OutboxItem = { clientMessageId, body, echo, afterSeq: lastSeqOf(state.messages), state: action.online ? "sending" : "waiting" };
      return { ...state, notice: null, outbox: [...state.outbox, item] };
    }
    case "sending":
      return { ...state, outbox: setOutboxState(state.outbox, (item) => item.clientMessageId === action.clientMessageId, "sending") };
    case "unsentWaiting":
      return { ...state, outbox: setOutboxState(state.outbox, (item) => item.state !== "sent", "waiting") };
    case "delivered": {
      const item = state.outbox.find((candidate) => candidate.clientMessageId === action.clientMessageId);
      if (!item) return state;
      let next = withReply(state, action.reply);
      // The server stored the customer's message just before its replies but does not send it back: stand in for it until the stream brings it.
      const standIn = customerStandIn(action.reply.messages, item.echo, item.clientMessageId);
      if (standIn) next = withMessages(next, [standIn], true);
      return {
        ...next,
        outbox: setOutboxState(next.outbox, (candidate) => candidate.clientMessageId === action.clientMessageId, "sent"),
        notice: next.notice?.retryAt ? next.notice : null,
      };
    }
    case "rejected": {
      const item = state.outbox.find((candidate) => candidate.clientMessageId === action.clientMessageId);
      const outbox = state.outbox.filter((candidate) => candidate.clientMessageId !== action.clientMessageId);
      const { message, status, retryAfterSeconds } = action.error;
      const typed = item && "text" in item.body;
      const retryAt = retryAfterSeconds ? action.now + retryAfterSeconds * 1000 : undefined;
      const text = `${message}${(status === 429 || status >= 500) && typed ? " Your message is back in the box." : ""}`;
      return { ...state, outbox, notice: { text, retryAt: status === 429 ? (retryAt ?? action.now + 5000) : undefined } };
    }
  }
}
