"use client";

import { useEffect, useRef } from "react";
import { ChatApiError, chatRequest } from "./chat-api";
import { readEarlierSessions } from "./earlier-sessions";

/**
 * The widget's side of identity once a chat has a session: the host page's
 * customer (use-host-customer.ts) is sent to /identify — again for each new
 * session or identity — with this browser's earlier chats, which join the
 * customer too if they were anonymous. A new chat already started with that
 * identity (so its greeting could use it); saying it again here joins those
 * earlier chats, and a later Tandem.identify reaches the messages after it.
 * A refusal — unsigned, wrongly signed — leaves the chat anonymous; the host
 * page is told why (embed.js logs it).
 */
export function useHostIdentity(slug: string, session: { sessionId: string; token: string } | null, customer: Record<string, unknown> | null) {
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (!session || !customer) return;
    const key = `${session.sessionId}:${JSON.stringify(customer)}`;
    if (sent.current === key) return;
    sent.current = key;
    const tell = (result: { accepted: boolean; code?: string; message?: string }) =>
      window.parent.postMessage({ source: "tandem", type: "identity", ...result }, "*");
    const earlier = readEarlierSessions(slug).filter((item) => item.sessionId !== session.sessionId);
    chatRequest(`/api/v1/chat/sessions/${encodeURIComponent(session.sessionId)}/identify`, { body: { customer, earlier }, token: session.token })
      .then(() => tell({ accepted: true }))
      .catch((error: unknown) => {
        if (error instanceof ChatApiError) tell({ accepted: false, code: error.code, message: error.message });
        else sent.current = null; // offline: try again with the next session change
      });
  }, [slug, session, customer]);
}
