"use client";

import { useEffect, useRef } from "react";
import type { ChatMessage } from "./chat-message";
import type { ChatSession } from "./use-chat-session";

/**
 * Tells the agent how far the customer has read: when new agent messages
 * are on screen and the tab is visible (now, or when it becomes visible).
 */
export function useReadReceipt(session: ChatSession | null, visible: readonly ChatMessage[]) {
  const sent = useRef(0);
  const latestAgentSeq = visible.findLast((message) => message.author === "agent")?.seq ?? 0;
  const lastSeq = visible.at(-1)?.seq ?? 0;

  useEffect(() => {
    if (!session) return;
    const report = () => {
      if (document.visibilityState !== "visible" || latestAgentSeq <= sent.current) return;
      sent.current = lastSeq;
      void fetch(`/api/v1/chat/sessions/${encodeURIComponent(session.sessionId)}/read`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
        body: JSON.stringify({ seq: lastSeq }),
      }).catch(() => {
        sent.current = 0;
      });
    };
    report();
    document.addEventListener("visibilitychange", report);
    return () => document.removeEventListener("visibilitychange", report);
  }, [session, latestAgentSeq, lastSeq]);
}
