"use client";

import { useCallback, useEffect, useRef } from "react";
import type { ChatSession } from "./use-chat-session";

/** "Still typing" at most this often… */
const REPEAT_MS = 3000;
/** …and "stopped" after this long without a keystroke. */
const IDLE_MS = 4000;

/**
 * Tells the agent the customer is typing — only while a person is involved
 * (queued or assigned); the bot does not care. Best effort: a lost signal
 * only delays the indicator, so failures are ignored.
 */
export function useTypingSignal(session: ChatSession | null, status: string) {
  const lastTrue = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);
  const active = Boolean(session) && (status === "queued" || status === "assigned");

  const signal = useCallback(
    (typing: boolean) => {
      if (!session) return;
      void fetch(`/api/v1/chat/sessions/${encodeURIComponent(session.sessionId)}/typing`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
        body: JSON.stringify({ typing }),
        keepalive: !typing,
      }).catch(() => undefined);
    },
    [session],
  );

  const stopped = useCallback(() => {
    clearTimeout(idle.current);
    if (!lastTrue.current) return;
    lastTrue.current = 0;
    signal(false);
  }, [signal]);

  const typed = useCallback(
    (text: string) => {
      if (!active) return;
      if (!text.trim()) return stopped();
      const now = Date.now();
      if (now - lastTrue.current >= REPEAT_MS) {
        lastTrue.current = now;
        signal(true);
      }
      clearTimeout(idle.current);
      idle.current = setTimeout(stopped, IDLE_MS);
    },
    [active, signal, stopped],
  );

  useEffect(() => () => clearTimeout(idle.current), []);

  return { typed, stopped };
}
