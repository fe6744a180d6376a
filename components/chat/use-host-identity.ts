"use client";

import { useEffect, useRef, useState } from "react";
import { ChatApiError, chatRequest } from "./chat-api";
import { readEarlierSessions } from "./earlier-sessions";

/** What embed.js forwards from `Tandem.identify(…)` or the script's data-customer-* attributes; the server checks every field. */
interface IdentifyMessage {
  source: "tandem";
  type: "identify";
  customer: Record<string, unknown>;
}

function isIdentifyMessage(data: unknown): data is IdentifyMessage {
  const message = data as Partial<IdentifyMessage> | null;
  return (
    typeof message === "object" &&
    message !== null &&
    message.source === "tandem" &&
    message.type === "identify" &&
    typeof message.customer === "object" &&
    message.customer !== null
  );
}

/**
 * The widget's side of identity: the host page says who the customer is,
 * and once the chat has a session it is sent to /identify (again for each
 * new session or identity), with this browser's earlier chats, which join
 * the customer too if they were anonymous. A refusal — unsigned, wrongly signed — leaves the
 * chat anonymous; the host page is told why (embed.js logs it).
 */
export function useHostIdentity(slug: string, session: { sessionId: string; token: string } | null, enabled: boolean) {
  const [customer, setCustomer] = useState<Record<string, unknown> | null>(null);
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isIdentifyMessage(event.data)) setCustomer(event.data.customer);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [enabled]);

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
