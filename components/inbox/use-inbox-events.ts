"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { inboxLiveStore } from "./inbox-live-store";
import { refreshQueries } from "@/components/providers/refresh-queries";
import { inboxStreamEventSchema } from "@/server/realtime/stream-events/inbox-stream-event";
import { parseStreamEvent, streamEventNames } from "@/server/realtime/stream-events/parse-stream-event";

export type InboxConnection = "connecting" | "live" | "reconnecting";

const RETRY_AFTER_CLOSE_MS = 5_000;
const COALESCE_MS = 100;

const EVENT_NAMES = streamEventNames(inboxStreamEventSchema);

/**
 * Keeps the inbox live from `GET /api/inbox/events` (SSE, cookie auth): each
 * `change` refetches the counts, the lists, the agent's load and — when it is
 * the open one — the conversation; `presence` refetches who is online;
 * `typing` and `read` from customers go to the live store. Bursts are
 * coalesced so twenty events do not mean twenty refetches. Changes carry ids:
 * after a dropped connection the browser reconnects with the last one by
 * itself, and the server first replays what changed meanwhile; when it gives
 * up (an HTTP error), we open a new one after a pause, passing the last id.
 * `resync` (away too long) refetches everything, as does the first open,
 * since changes made while the page loaded were not seen.
 */
export function useInboxEvents(openConversationId: string | null): InboxConnection {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [connection, setConnection] = useState<InboxConnection>("connecting");
  const openId = useRef(openConversationId);
  useEffect(() => {
    openId.current = openConversationId;
  }, [openConversationId]);

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let flush: ReturnType<typeof setTimeout> | undefined;
    let pending: Set<string> | null = null;
    let opened = false;
    let lastEventId = "";

    const refresh = () => {
      const ids = pending ?? new Set<string>();
      pending = null;
      void refreshQueries(queryClient, { queryKey: trpc.inbox.counts.queryKey() });
      void refreshQueries(queryClient, { queryKey: trpc.inbox.list.queryKey() });
      void refreshQueries(queryClient, { queryKey: trpc.inbox.me.queryKey() });
      const open = openId.current;
      if (open && ids.has(open)) {
        void refreshQueries(queryClient, { queryKey: trpc.inbox.conversation.queryKey({ conversationId: open }) });
      }
    };

    const schedule = (conversationId: string | null) => {
      pending ??= new Set();
      if (conversationId) pending.add(conversationId);
      flush ??= setTimeout(() => {
        flush = undefined;
        refresh();
      }, COALESCE_MS);
    };
    const everything = () => void refreshQueries(queryClient, { queryKey: trpc.inbox.pathKey() });

    const connect = () => {
      source = new EventSource(lastEventId ? `/api/inbox/events?lastEventId=${encodeURIComponent(lastEventId)}` : "/api/inbox/events");
      source.onopen = () => {
        setConnection("live");
        if (!opened) everything();
        // A reconnect: the server replays the conversations that changed; the lists also drop those that left our scope.
        else schedule(null);
        opened = true;
      };
      for (const name of EVENT_NAMES) {
        source.addEventListener(name, (received) => {
          const { data, lastEventId: id } = received as MessageEvent<string>;
          const event = parseStreamEvent(inboxStreamEventSchema, { event: name, data, lastEventId: id });
          if (!event) return;
          if ("id" in event) lastEventId = String(event.id);
          switch (event.event) {
            case "ready":
              return; // only its id matters (remembered above)
            case "resync":
              return everything();
            case "change":
              return schedule(event.data.conversationId);
            case "typing":
              return inboxLiveStore.typing(event.data.conversationId, event.data.typing);
            case "read":
              return inboxLiveStore.read(event.data.conversationId, event.data.seq);
            case "presence":
              for (const key of [trpc.inbox.me.queryKey(), trpc.inbox.agents.queryKey(), trpc.inbox.teams.queryKey()]) {
                void refreshQueries(queryClient, { queryKey: key });
              }
              return;
            default:
              // A new event in the schema does not compile until it is handled here.
              return event satisfies never;
          }
        });
      }
      source.onerror = () => {
        const current = source;
        if (!current || current.readyState === EventSource.OPEN) return;
        setConnection("reconnecting");
        if (current.readyState === EventSource.CLOSED) {
          current.close();
          retry = setTimeout(connect, RETRY_AFTER_CLOSE_MS);
        }
      };
    };

    connect();
    return () => {
      clearTimeout(retry);
      clearTimeout(flush);
      source?.close();
    };
  }, [queryClient, trpc]);

  return connection;
}
