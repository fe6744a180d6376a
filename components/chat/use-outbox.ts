"use client";

import { useCallback, useEffect, useRef } from "react";
import { ChatApiError, ChatNetworkError } from "./chat-api";
import type { ChatSessionAction, TurnReply } from "./chat-session-reducer";
import { newClientMessageId, type OutboxBody, type OutboxItem } from "./outbox";
import { outboxStorage } from "./outbox-storage";

/** How often messages that failed on the network are tried again while the browser believes it is online. */
const RETRY_MS = 5000;

interface OutboxOptions {
  sessionId: string | null;
  /** Whether any message waits for the connection (then it is tried again now and then). */
  waiting: boolean;
  /** The outbox as it is now (the chat state's, read synchronously). */
  items(): readonly OutboxItem[];
  dispatch(action: ChatSessionAction): void;
  /** Sends one message; must throw ChatNetworkError or ChatApiError. */
  post(item: OutboxItem): Promise<TurnReply>;
  /** The server refused it (the state already dropped it, with a notice): the caller gives the text back to the customer. */
  onRejected(item: OutboxItem, error: ChatApiError): void;
}

/**
 * Sends the chat state's outbox, one message at a time and in order.
 * Messages written offline, or whose POST failed on the network, wait (kept
 * in localStorage by the state's store, so a reload keeps them) and go out
 * once the connection is back — with the same clientMessageId, so the server
 * stores each once.
 */
export function useOutbox({ sessionId, waiting, items, dispatch, post, onRejected }: OutboxOptions) {
  const callbacks = useRef({ items, dispatch, post, onRejected });
  const flushing = useRef(false);
  const pausedUntil = useRef(0);

  useEffect(() => {
    callbacks.current = { items, dispatch, post, onRejected };
  });

  const flush = useCallback(async () => {
    const { dispatch } = callbacks.current;
    if (flushing.current || !sessionId) return;
    // Still inside a 429's Retry-After: wait (the retry timer comes back).
    if (Date.now() < pausedUntil.current) return dispatch({ type: "unsentWaiting" });
    flushing.current = true;
    try {
      for (;;) {
        const item = callbacks.current.items().find((candidate) => candidate.state !== "sent");
        if (!item) return;
        const { clientMessageId } = item;
        if (!navigator.onLine) return dispatch({ type: "unsentWaiting" });
        dispatch({ type: "sending", clientMessageId });
        try {
          const reply = await callbacks.current.post(item);
          dispatch({ type: "delivered", clientMessageId, reply });
        } catch (error) {
          if (error instanceof ChatApiError) {
            const { message, status, retryAfterSeconds } = error;
            dispatch({ type: "rejected", clientMessageId, error: { message, status, retryAfterSeconds }, now: Date.now() });
            callbacks.current.onRejected(item, error);
            if (error.status === 429) {
              pausedUntil.current = Date.now() + (error.retryAfterSeconds ?? 5) * 1000;
              return dispatch({ type: "unsentWaiting" });
            }
            continue;
          }
          if (!(error instanceof ChatNetworkError)) console.error("[chat] sending failed", error);
          return dispatch({ type: "unsentWaiting" });
        }
      }
    } finally {
      flushing.current = false;
    }
  }, [sessionId]);

  // A new session: load what a previous page left unsent, and send it.
  useEffect(() => {
    if (!sessionId) return;
    callbacks.current.dispatch({ type: "outboxRestored", items: outboxStorage.read(sessionId) });
    void flush();
  }, [sessionId, flush]);

  // Try again when the browser is back online, and now and then in case it never said it was offline.
  useEffect(() => {
    if (!waiting) return;
    const retry = () => void flush();
    window.addEventListener("online", retry);
    const timer = setInterval(retry, RETRY_MS);
    return () => {
      window.removeEventListener("online", retry);
      clearInterval(timer);
    };
  }, [waiting, flush]);

  const enqueue = useCallback(
    (body: OutboxBody, echo: string) => {
      callbacks.current.dispatch({ type: "enqueued", clientMessageId: newClientMessageId(), body, echo, online: navigator.onLine });
      void flush();
    },
    [flush],
  );

  return { enqueue, flush };
}
