"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ChatApiError, ChatNetworkError } from "./chat-api";
import { outboxStorageKey, parseOutbox, serializeOutbox, type OutboxBody, type OutboxItem } from "./outbox";

/** How often messages that failed on the network are tried again while the browser believes it is online. */
const RETRY_MS = 5000;

interface OutboxOptions<Reply> {
  sessionId: string | null;
  /** Sends one message; must throw ChatNetworkError or ChatApiError. */
  post(item: OutboxItem): Promise<Reply>;
  onDelivered(item: OutboxItem, reply: Reply): void;
  /** The server refused it: the caller gives the text back to the customer with the reason. */
  onRejected(item: OutboxItem, error: ChatApiError): void;
}

const storage = {
  read: (sessionId: string) => {
    try {
      return parseOutbox(localStorage.getItem(outboxStorageKey(sessionId)));
    } catch {
      return [];
    }
  },
  write: (sessionId: string, items: readonly OutboxItem[]) => {
    try {
      const value = serializeOutbox(items);
      if (value) localStorage.setItem(outboxStorageKey(sessionId), value);
      else localStorage.removeItem(outboxStorageKey(sessionId));
    } catch {
      // Private mode or a full storage: the outbox still works for this page's life.
    }
  },
};

/**
 * Customer messages on their way out, one at a time and in order. Messages
 * written offline, or whose POST failed on the network, wait (kept in
 * localStorage, so a reload keeps them) and go out once the connection is
 * back — with the same clientMessageId, so the server stores each once.
 */
export function useOutbox<Reply>({ sessionId, post, onDelivered, onRejected }: OutboxOptions<Reply>) {
  const [items, setItems] = useState<readonly OutboxItem[]>([]);
  const itemsRef = useRef<readonly OutboxItem[]>([]);
  const callbacks = useRef({ post, onDelivered, onRejected });
  const flushing = useRef(false);
  const pausedUntil = useRef(0);

  useEffect(() => {
    callbacks.current = { post, onDelivered, onRejected };
  });

  const update = useCallback(
    (change: (items: readonly OutboxItem[]) => readonly OutboxItem[]) => {
      itemsRef.current = change(itemsRef.current);
      if (sessionId) storage.write(sessionId, itemsRef.current);
      setItems(itemsRef.current);
    },
    [sessionId],
  );

  const setState = useCallback(
    (clientMessageId: string | "unsent", state: OutboxItem["state"]) =>
      update((current) =>
        current.map((item) => ((clientMessageId === "unsent" ? item.state !== "sent" : item.clientMessageId === clientMessageId) ? { ...item, state } : item)),
      ),
    [update],
  );

  const flush = useCallback(async () => {
    if (flushing.current || !sessionId) return;
    // Still inside a 429's Retry-After: wait (the retry timer comes back).
    if (Date.now() < pausedUntil.current) return setState("unsent", "waiting");
    flushing.current = true;
    try {
      for (;;) {
        const item = itemsRef.current.find((candidate) => candidate.state !== "sent");
        if (!item) return;
        if (!navigator.onLine) return setState("unsent", "waiting");
        setState(item.clientMessageId, "sending");
        try {
          const reply = await callbacks.current.post(item);
          setState(item.clientMessageId, "sent");
          callbacks.current.onDelivered(item, reply);
        } catch (error) {
          if (error instanceof ChatApiError) {
            update((current) => current.filter((candidate) => candidate.clientMessageId !== item.clientMessageId));
            callbacks.current.onRejected(item, error);
            if (error.status === 429) {
              pausedUntil.current = Date.now() + (error.retryAfterSeconds ?? 5) * 1000;
              return setState("unsent", "waiting");
            }
            continue;
          }
          if (!(error instanceof ChatNetworkError)) console.error("[chat] sending failed", error);
          return setState("unsent", "waiting");
        }
      }
    } finally {
      flushing.current = false;
    }
  }, [sessionId, setState, update]);

  // A new session: load what a previous page left unsent, and send it.
  useEffect(() => {
    if (!sessionId) return;
    itemsRef.current = storage.read(sessionId);
    setItems(itemsRef.current);
    void flush();
  }, [sessionId, flush]);

  // Try again when the browser is back online, and now and then in case it never said it was offline.
  const waiting = items.some((item) => item.state === "waiting");
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
    (body: OutboxBody, echo: string, afterSeq: number, clientMessageId: string) => {
      update((current) => [...current, { clientMessageId, body, echo, afterSeq, state: navigator.onLine ? "sending" : "waiting" }]);
      void flush();
    },
    [flush, update],
  );

  const clear = useCallback(() => update(() => []), [update]);

  return { items, enqueue, flush, clear };
}
