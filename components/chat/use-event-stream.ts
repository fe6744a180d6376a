"use client";

import { useEffect, useRef, useState } from "react";
import { customerStreamEventSchema, type CustomerStreamEvent } from "@/server/realtime/stream-events/customer-stream-event";
import { parseStreamEvent, streamEventNames } from "@/server/realtime/stream-events/parse-stream-event";
import type { ChatMessage } from "./chat-message";
import type { QueueStatus } from "./queue-wording";

export interface StreamHandlers {
  onMessage(message: ChatMessage): void;
  onAgentTyping(name: string | null, typing: boolean): void;
  onAgentRead(seq: number): void;
  onQueue(queue: QueueStatus): void;
  /** Connected (again): a good moment to send what waited. */
  onOpen(): void;
}

/** A blip shorter than this (a proxy recycling the stream) does not deserve a banner. */
const LOST_AFTER_MS = 1500;
const MAX_BACKOFF_MS = 30_000;

const EVENT_NAMES = streamEventNames(customerStreamEventSchema);

/** Hands one parsed event to its handler; the customer's own typing and reads (echoed to the inbox) are not for this window. */
function dispatch(event: CustomerStreamEvent, handlers: StreamHandlers) {
  switch (event.event) {
    case "message":
      return handlers.onMessage(event.data);
    case "typing":
      if (event.data.author === "agent") handlers.onAgentTyping(event.data.name, event.data.typing);
      return;
    case "read":
      if (event.data.author === "agent") handlers.onAgentRead(event.data.seq);
      return;
    case "queue":
      return handlers.onQueue(event.data);
    default:
      // A new event in the schema does not compile until it is handled here.
      return event satisfies never;
  }
}

/**
 * The conversation's SSE stream. EventSource reconnects by itself and sends
 * Last-Event-ID; when it gives up (CLOSED), or the browser comes back
 * online, a new one starts with `?lastEventId=` = the last seq we have, so
 * nothing is missed or repeated. `connected` is false while offline or
 * after the stream has failed for a moment.
 */
export function useEventStream(session: { sessionId: string; token: string } | null, lastSeq: () => number, handlers: StreamHandlers) {
  // Both must hold: the browser says it is online, and the stream is up (or failed only for a moment).
  const [online, setOnline] = useState(true);
  const [streaming, setStreaming] = useState(true);
  const latest = useRef({ handlers, lastSeq });
  useEffect(() => {
    latest.current = { handlers, lastSeq };
  });

  useEffect(() => {
    if (!session) return;
    let source: EventSource | null = null;
    let lostTimer: ReturnType<typeof setTimeout> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const call = () => latest.current.handlers;

    const lost = () => {
      lostTimer ??= setTimeout(() => setStreaming(false), LOST_AFTER_MS);
    };

    const connect = () => {
      source?.close();
      clearTimeout(retryTimer);
      const seq = latest.current.lastSeq();
      const url = `/api/v1/chat/sessions/${encodeURIComponent(session.sessionId)}/events?token=${encodeURIComponent(session.token)}${seq ? `&lastEventId=${seq}` : ""}`;
      const current = new EventSource(url);
      source = current;
      current.addEventListener("open", () => {
        failures = 0;
        clearTimeout(lostTimer);
        lostTimer = undefined;
        setStreaming(true);
        call().onOpen();
      });
      for (const name of EVENT_NAMES) {
        current.addEventListener(name, (event) => {
          const { data, lastEventId } = event as MessageEvent<string>;
          const parsed = parseStreamEvent(customerStreamEventSchema, { event: name, data, lastEventId });
          if (parsed) dispatch(parsed, call());
        });
      }
      current.addEventListener("error", () => {
        if (current !== source) return;
        lost();
        if (current.readyState === EventSource.CLOSED) {
          // The browser gave up (an error status, say): start over, backing off.
          failures++;
          retryTimer = setTimeout(connect, Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(failures, 5)));
        }
      });
    };

    // A stream that opened just as the network went (or one the browser keeps) must not hide that we are offline.
    const onOffline = () => setOnline(false);
    const onOnline = () => {
      setOnline(true);
      connect();
    };
    window.addEventListener("offline", onOffline);
    window.addEventListener("online", onOnline);
    connect();
    return () => {
      window.removeEventListener("offline", onOffline);
      window.removeEventListener("online", onOnline);
      clearTimeout(lostTimer);
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [session]);

  return { connected: online && streaming };
}
