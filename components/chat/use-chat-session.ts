"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TurnResponse } from "@/server/conversations/run-turn";
import { ChatApiError, ChatNetworkError, chatRequest } from "./chat-api";
import { rememberEarlierSession } from "./earlier-sessions";
import { customerStandIn, lastSeqOf, mergeMessages, type ChatMessage } from "./chat-message";
import { newClientMessageId, reconcileOutbox, type OutboxBody, type OutboxItem } from "./outbox";
import type { QueueStatus } from "./queue-wording";
import { useEventStream } from "./use-event-stream";
import { useOutbox } from "./use-outbox";

export interface ChatSession {
  sessionId: string;
  token: string;
}

type TurnReply = Pick<TurnResponse, "status" | "messages" | "handoff">;
type Transcript = { status: string; messages: ChatMessage[]; agentReadSeq?: number };

/** Something to tell the customer above the composer; `retryAt` (ms) when a 429 asked to wait. */
export interface ChatNotice {
  text: string;
  retryAt?: number;
}

/** An agent's "typing" that never got its "stopped" (a closed laptop) fades after this. */
const TYPING_TTL_MS = 8000;

const storageKey = (slug: string) => `tandem:chat:${slug}`;

function readStoredSession(slug: string): ChatSession | null {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey(slug)) ?? "null") as Partial<ChatSession> | null;
    return typeof stored?.sessionId === "string" && typeof stored.token === "string" ? { sessionId: stored.sessionId, token: stored.token } : null;
  } catch {
    return null;
  }
}

const describe = (error: unknown, fallback: string) => (error instanceof Error && error.message ? error.message : fallback);

/**
 * One customer's chat: started once and kept in localStorage so a reload
 * resumes it; new messages, typing, read state and queue figures arrive over
 * SSE; the customer's messages go through an outbox that survives being
 * offline. The status follows the transcript's status lines.
 */
export function useChatSession(slug: string, channel: "web" | "widget", options: { onRestoreDraft(text: string): void }) {
  const [session, setSession] = useState<ChatSession | null>(null);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  // The status when the transcript was loaded, and the seq it was true at; later status lines override it.
  const [base, setBase] = useState({ status: "bot", seq: 0 });
  const [instantThrough, setInstantThrough] = useState(0);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<ChatNotice | null>(null);
  const [queue, setQueue] = useState<QueueStatus | null>(null);
  const [agentTyping, setAgentTyping] = useState<string | null>(null);
  const [agentReadSeq, setAgentReadSeq] = useState(0);
  const [askingForPerson, setAskingForPerson] = useState(false);
  // The key of a "Talk to a person" press whose answer never came: pressing again retries that press, so it is replayed, not refused.
  const pressKey = useRef<string | null>(null);
  const messagesRef = useRef(messages);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const restoreDraft = useRef(options.onRestoreDraft);
  useEffect(() => {
    messagesRef.current = messages;
    restoreDraft.current = options.onRestoreDraft;
  });

  const status = useMemo(() => messages.findLast((message) => message.status && message.seq > base.seq)?.status ?? base.status, [messages, base]);

  const addMessages = useCallback((incoming: readonly ChatMessage[], onlyMissing = false) => {
    setMessages((current) => mergeMessages(current, incoming, onlyMissing));
    if (incoming.some((message) => message.author === "agent")) setAgentTyping(null);
  }, []);

  const load = useCallback((transcript: Transcript, stored: ChatSession, instant: number) => {
    setMessages(transcript.messages);
    setBase({ status: transcript.status, seq: lastSeqOf(transcript.messages) });
    setInstantThrough(instant);
    setAgentReadSeq(transcript.agentReadSeq ?? 0);
    setQueue(null);
    setSession(stored);
    setLoadError(null);
  }, []);

  const start = useCallback(async () => {
    const replaced = readStoredSession(slug);
    if (replaced) rememberEarlierSession(slug, replaced);
    const created = await chatRequest<ChatSession & Transcript>(`/api/v1/chat/${encodeURIComponent(slug)}/sessions`, { body: { channel } });
    const stored = { sessionId: created.sessionId, token: created.token };
    try {
      localStorage.setItem(storageKey(slug), JSON.stringify(stored));
    } catch {
      // Without storage the chat still works; it just won't survive a reload.
    }
    // The greeting appears at once (the page load was the wait); what follows is paced.
    load(created, stored, created.messages[0]?.seq ?? 0);
  }, [slug, channel, load]);

  const open = useCallback(async () => {
    const stored = readStoredSession(slug);
    try {
      if (!stored) return await start();
      try {
        const transcript = await chatRequest<Transcript>(`/api/v1/chat/sessions/${encodeURIComponent(stored.sessionId)}`, {
          method: "GET",
          token: stored.token,
        });
        load(transcript, stored, lastSeqOf(transcript.messages));
      } catch (error) {
        // A session the server no longer knows (or another one's token): start afresh rather than strand the customer.
        if (error instanceof ChatApiError && [401, 403, 404].includes(error.status)) return await start();
        throw error;
      }
    } catch (error) {
      setLoadError(
        error instanceof ChatNetworkError
          ? "We can't reach the chat right now. Check your connection, then try again."
          : describe(error, "The chat could not start. Please try again in a moment."),
      );
    }
  }, [slug, start, load]);

  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    void open();
  }, [open]);

  /** Reads the whole transcript again: after a conflict, the client's picture of the status was stale. */
  const resync = useCallback(async () => {
    if (!session) return;
    const transcript = await chatRequest<Transcript>(`/api/v1/chat/sessions/${encodeURIComponent(session.sessionId)}`, {
      method: "GET",
      token: session.token,
    }).catch(() => null);
    if (transcript) {
      setMessages((current) => mergeMessages(current, transcript.messages));
      setBase({ status: transcript.status, seq: lastSeqOf(transcript.messages) });
    }
  }, [session]);

  const applyReply = useCallback(
    (reply: TurnReply) => {
      addMessages(reply.messages);
      if (reply.handoff) setQueue({ position: reply.handoff.position, estimatedWaitSeconds: reply.handoff.estimatedWaitSeconds });
    },
    [addMessages],
  );

  const outbox = useOutbox<TurnReply>({
    sessionId: session?.sessionId ?? null,
    post: (item) => {
      if (!session) throw new ChatNetworkError();
      return chatRequest<TurnReply>(`/api/v1/chat/sessions/${encodeURIComponent(session.sessionId)}/messages`, {
        body: { clientMessageId: item.clientMessageId, ...item.body },
        token: session.token,
      });
    },
    onDelivered: (item, reply) => {
      applyReply(reply);
      const standIn = customerStandIn(reply.messages, item.echo, item.clientMessageId);
      if (standIn) addMessages([standIn], true);
      setNotice((current) => (current?.retryAt ? current : null));
    },
    onRejected: (item, error) => {
      if ("text" in item.body) restoreDraft.current(item.body.text);
      const retryAt = error.retryAfterSeconds ? Date.now() + error.retryAfterSeconds * 1000 : undefined;
      const next = "text" in item.body ? " Your message is back in the box." : "";
      setNotice({
        text: `${error.message}${error.status === 429 || error.status >= 500 ? next : ""}`,
        retryAt: error.status === 429 ? (retryAt ?? Date.now() + 5000) : undefined,
      });
      if (error.status === 409) void resync();
    },
  });

  const { connected } = useEventStream(session, () => lastSeqOf(messagesRef.current), {
    onMessage: (message) => addMessages([message]),
    onAgentTyping: (name, typing) => {
      clearTimeout(typingTimer.current);
      setAgentTyping(typing ? (name ?? "Someone") : null);
      if (typing) typingTimer.current = setTimeout(() => setAgentTyping(null), TYPING_TTL_MS);
    },
    onAgentRead: (seq) => setAgentReadSeq((current) => Math.max(current, seq)),
    onQueue: setQueue,
    onOpen: () => void outbox.flush(),
  });
  useEffect(() => () => clearTimeout(typingTimer.current), []);

  const send = useCallback(
    (body: OutboxBody, echo: string) => {
      if (!session) return;
      setNotice(null);
      outbox.enqueue(body, echo, lastSeqOf(messagesRef.current), newClientMessageId());
    },
    [session, outbox],
  );

  const askForPerson = useCallback(async () => {
    if (!session || askingForPerson) return;
    setAskingForPerson(true);
    setNotice(null);
    pressKey.current ??= newClientMessageId();
    try {
      applyReply(
        await chatRequest<TurnReply>(`/api/v1/chat/sessions/${encodeURIComponent(session.sessionId)}/handoff`, {
          body: { clientRequestId: pressKey.current },
          token: session.token,
        }),
      );
      pressKey.current = null;
    } catch (error) {
      if (error instanceof ChatApiError) pressKey.current = null;
      if (error instanceof ChatApiError && error.status === 409) void resync();
      setNotice({
        text:
          error instanceof ChatNetworkError
            ? "You seem to be offline. Press “Talk to a person” again when you're back online."
            : describe(error, "We couldn't reach a person just now. Please try again."),
      });
    } finally {
      setAskingForPerson(false);
    }
  }, [session, askingForPerson, applyReply, resync]);

  const restart = useCallback(async () => {
    outbox.clear();
    const replaced = readStoredSession(slug);
    if (replaced) rememberEarlierSession(slug, replaced);
    try {
      localStorage.removeItem(storageKey(slug));
    } catch {
      // Nothing stored, nothing to forget.
    }
    setNotice(null);
    setSession(null);
    setMessages([]);
    await open();
  }, [outbox, slug, open]);

  // What is still on its way, minus what the transcript already shows.
  const pending: readonly OutboxItem[] = useMemo(() => reconcileOutbox(outbox.items, messages), [outbox.items, messages]);

  return {
    session,
    messages,
    instantThrough,
    status,
    queue: status === "queued" ? queue : null,
    agentTyping: status === "assigned" ? agentTyping : null,
    agentReadSeq,
    pending,
    connected,
    loading: !session && !loadError,
    loadError,
    notice,
    dismissNotice: () => setNotice(null),
    askingForPerson,
    send,
    askForPerson,
    applyReply,
    retryOpen: open,
    restart,
  };
}
