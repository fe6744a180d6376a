"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ChatApiError, ChatNetworkError, chatRequest } from "./chat-api";
import { lastSeqOf } from "./chat-message";
import { chatSessionReducer, initialChatSessionState, type ChatSession, type ChatSessionAction, type Transcript, type TurnReply } from "./chat-session-reducer";
import { chatSessionView } from "./chat-session-view";
import { rememberEarlierSession } from "./earlier-sessions";
import { newClientMessageId, type OutboxBody } from "./outbox";
import { outboxStorage } from "./outbox-storage";
import { useEventStream } from "./use-event-stream";
import { useOutbox } from "./use-outbox";

export type { ChatNotice, ChatSession } from "./chat-session-reducer";

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
 * The chat state (chat-session-reducer) in a store that can be read at once:
 * the outbox's send loop needs the state as it is now, not as of the last
 * render. A change of the outbox is written to localStorage with it.
 */
function useChatStore() {
  const [state, setState] = useState(initialChatSessionState);
  const current = useRef(initialChatSessionState);
  const dispatch = useCallback((action: ChatSessionAction) => {
    const previous = current.current;
    const next = chatSessionReducer(previous, action);
    if (next === previous) return;
    current.current = next;
    const sessionId = next.session?.sessionId ?? previous.session?.sessionId;
    if (next.outbox !== previous.outbox && sessionId) outboxStorage.write(sessionId, next.outbox);
    setState(next);
  }, []);
  const read = useCallback(() => current.current, []);
  return { state, read, dispatch };
}

/**
 * One customer's chat: started once and kept in localStorage so a reload
 * resumes it; new messages, typing, read state and queue figures arrive over
 * SSE; the customer's messages go through an outbox that survives being
 * offline. The state and its rules live in chat-session-reducer; this hook
 * makes the requests and keeps the timers.
 */
export function useChatSession(
  slug: string,
  channel: "web" | "widget",
  options: {
    onRestoreDraft(text: string): void;
    /** Don't open the chat yet: the host page has not said who the customer is. */
    hold?: boolean;
    /** Who the host page says the customer is: a new chat starts with it, so its greeting can use `{{customer.name}}`. */
    customer?: Record<string, unknown> | null;
  },
) {
  const { state, read, dispatch } = useChatStore();
  const { session } = state;
  // The key of a "Talk to a person" press whose answer never came: pressing again retries that press, so it is replayed, not refused.
  const pressKey = useRef<string | null>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const restoreDraft = useRef(options.onRestoreDraft);
  const customer = useRef(options.customer ?? null);
  useEffect(() => {
    restoreDraft.current = options.onRestoreDraft;
    customer.current = options.customer ?? null;
  });

  const start = useCallback(async () => {
    const replaced = readStoredSession(slug);
    if (replaced) rememberEarlierSession(slug, replaced);
    const path = `/api/v1/chat/${encodeURIComponent(slug)}/sessions`;
    const identity = customer.current;
    const created = await chatRequest<ChatSession & Transcript>(path, { body: identity ? { channel, customer: identity } : { channel } }).catch(
      (error: unknown) => {
        // An identity the server cannot read (a bad attribute, say) must not keep the customer out: start anonymously; /identify then tells the host page why.
        if (identity && error instanceof ChatApiError && error.status === 400) return chatRequest<ChatSession & Transcript>(path, { body: { channel } });
        throw error;
      },
    );
    const stored = { sessionId: created.sessionId, token: created.token };
    try {
      localStorage.setItem(storageKey(slug), JSON.stringify(stored));
    } catch {
      // Without storage the chat still works; it just won't survive a reload.
    }
    // The greeting appears at once (the page load was the wait); what follows is paced.
    dispatch({ type: "loaded", session: stored, transcript: created, instantThrough: created.messages[0]?.seq ?? 0 });
  }, [slug, channel, dispatch]);

  const open = useCallback(async () => {
    const stored = readStoredSession(slug);
    try {
      if (!stored) return await start();
      try {
        const transcript = await chatRequest<Transcript>(`/api/v1/chat/sessions/${encodeURIComponent(stored.sessionId)}`, {
          method: "GET",
          token: stored.token,
        });
        dispatch({ type: "loaded", session: stored, transcript, instantThrough: lastSeqOf(transcript.messages) });
      } catch (error) {
        // A session the server no longer knows (or another one's token): start afresh rather than strand the customer.
        if (error instanceof ChatApiError && [401, 403, 404].includes(error.status)) return await start();
        throw error;
      }
    } catch (error) {
      dispatch({
        type: "loadFailed",
        error:
          error instanceof ChatNetworkError
            ? "We can't reach the chat right now. Check your connection, then try again."
            : describe(error, "The chat could not start. Please try again in a moment."),
      });
    }
  }, [slug, start, dispatch]);

  const opened = useRef(false);
  const hold = options.hold ?? false;
  useEffect(() => {
    if (opened.current || hold) return;
    opened.current = true;
    void open();
  }, [open, hold]);

  /** Reads the whole transcript again: after a conflict, the client's picture of the status was stale. */
  const resync = useCallback(async () => {
    if (!session) return;
    const transcript = await chatRequest<Transcript>(`/api/v1/chat/sessions/${encodeURIComponent(session.sessionId)}`, {
      method: "GET",
      token: session.token,
    }).catch(() => null);
    if (transcript) dispatch({ type: "resynced", transcript });
  }, [session, dispatch]);

  const applyReply = useCallback((reply: TurnReply) => dispatch({ type: "replied", reply }), [dispatch]);

  const outbox = useOutbox({
    sessionId: session?.sessionId ?? null,
    waiting: state.outbox.some((item) => item.state === "waiting"),
    items: () => read().outbox,
    dispatch,
    post: (item) => {
      if (!session) throw new ChatNetworkError();
      return chatRequest<TurnReply>(`/api/v1/chat/sessions/${encodeURIComponent(session.sessionId)}/messages`, {
        body: { clientMessageId: item.clientMessageId, ...item.body },
        token: session.token,
      });
    },
    onRejected: (item, error) => {
      if ("text" in item.body) restoreDraft.current(item.body.text);
      if (error.status === 409) void resync();
    },
  });

  const { connected } = useEventStream(session, () => lastSeqOf(read().messages), {
    onMessage: (message) => dispatch({ type: "messagesArrived", messages: [message] }),
    onAgentTyping: (name, typing) => {
      clearTimeout(typingTimer.current);
      dispatch({ type: "agentTyping", name, typing });
      if (typing) typingTimer.current = setTimeout(() => dispatch({ type: "agentTypingExpired" }), TYPING_TTL_MS);
    },
    onAgentRead: (seq) => dispatch({ type: "agentRead", seq }),
    onQueue: (queue) => dispatch({ type: "queueChanged", queue }),
    onOpen: () => void outbox.flush(),
  });
  useEffect(() => () => clearTimeout(typingTimer.current), []);

  const send = useCallback(
    (body: OutboxBody, echo: string) => {
      if (!session) return;
      outbox.enqueue(body, echo);
    },
    [session, outbox],
  );

  const askForPerson = useCallback(async () => {
    if (!session || read().askingForPerson) return;
    dispatch({ type: "askStarted" });
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
      dispatch({
        type: "noticeShown",
        notice: {
          text:
            error instanceof ChatNetworkError
              ? "You seem to be offline. Press “Talk to a person” again when you're back online."
              : describe(error, "We couldn't reach a person just now. Please try again."),
        },
      });
    } finally {
      dispatch({ type: "askFinished" });
    }
  }, [session, read, dispatch, applyReply, resync]);

  const restart = useCallback(async () => {
    const replaced = readStoredSession(slug);
    if (replaced) rememberEarlierSession(slug, replaced);
    try {
      localStorage.removeItem(storageKey(slug));
    } catch {
      // Nothing stored, nothing to forget.
    }
    dispatch({ type: "restarted" });
    await open();
  }, [slug, open, dispatch]);

  const view = useMemo(() => chatSessionView(state), [state]);
  return {
    session,
    messages: state.messages,
    instantThrough: state.instantThrough,
    status: view.status,
    queue: view.queue,
    agentTyping: view.agentTyping,
    agentReadSeq: state.agentReadSeq,
    pending: view.pending,
    connected,
    loading: view.loading,
    loadError: state.loadError,
    notice: state.notice,
    dismissNotice: () => dispatch({ type: "noticeShown", notice: null }),
    askingForPerson: state.askingForPerson,
    send,
    askForPerson,
    applyReply,
    retryOpen: open,
    restart,
  };
}
