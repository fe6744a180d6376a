"use client";

import { useEffect, useState } from "react";

/** How long the widget waits for the host page's answer before starting anonymously (a loader from before the handshake never sends one). */
export const HOST_ANSWER_WAIT_MS = 1500;

/**
 * What embed.js sends: `host` once, in answer to the chat's "ready", with
 * the identity the page gave before the chat opened (data-customer-* or an
 * earlier Tandem.identify) or null; `identify` for each later Tandem.identify.
 */
interface HostCustomerMessage {
  source: "tandem";
  type: "host" | "identify";
  customer: Record<string, unknown> | null;
}

// A hand-written guard, not Zod: this runs in the widget's first load (see embed-bridge.tsx). The server checks every field.
function isHostCustomerMessage(data: unknown): data is HostCustomerMessage {
  const message = data as Partial<HostCustomerMessage> | null;
  return (
    typeof message === "object" &&
    message !== null &&
    message.source === "tandem" &&
    (message.type === "host" || message.type === "identify") &&
    (typeof message.customer === "object" || (message.type === "host" && message.customer === undefined))
  );
}

/**
 * Who the host page says the customer is, and whether it has said so yet
 * (`settled`). A new chat waits until it is settled, so the greeting is
 * rendered with `{{customer.name}}` filled in: embed.js answers the chat's
 * "ready" at once, and a silent host (an old loader, the page opened on its
 * own) lets the chat start anonymously after HOST_ANSWER_WAIT_MS at most.
 */
export function useHostCustomer(enabled: boolean): { customer: Record<string, unknown> | null; settled: boolean } {
  const framed = enabled && typeof window !== "undefined" && window.parent !== window;
  const [customer, setCustomer] = useState<Record<string, unknown> | null>(null);
  const [answered, setAnswered] = useState(false);

  useEffect(() => {
    if (!framed) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || !isHostCustomerMessage(event.data)) return;
      if (event.data.customer) setCustomer(event.data.customer);
      setAnswered(true);
    };
    window.addEventListener("message", onMessage);
    const timer = setTimeout(() => setAnswered(true), HOST_ANSWER_WAIT_MS);
    return () => {
      window.removeEventListener("message", onMessage);
      clearTimeout(timer);
    };
  }, [framed]);

  return { customer, settled: !framed || answered };
}
