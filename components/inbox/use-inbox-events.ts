"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";

export type InboxConnection = "connecting" | "live" | "reconnecting";

const RETRY_AFTER_CLOSE_MS = 5_000;
const COALESCE_MS = 100;

function conversationIdOf(data: string): string | null {
  try {
    const parsed = JSON.parse(data) as { conversationId?: unknown };
    return typeof parsed.conversationId === "string" ? parsed.conversationId : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the inbox live from `GET /api/inbox/events` (SSE, cookie auth): each
 * `change` refetches the counts, the lists, the agent's load and — when it is
 * the open one — the conversation; `presence` refetches who is online. Bursts are coalesced so twenty events do
 * not mean twenty refetches. The browser reconnects by itself after a dropped
 * connection; when it gives up (an HTTP error), we open a new one after a
 * pause. Every (re)open refetches everything, since changes made while we
 * were away were not seen.
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

    const refresh = () => {
      const ids = pending ?? new Set<string>();
      pending = null;
      void queryClient.invalidateQueries({ queryKey: trpc.inbox.counts.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.inbox.list.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.inbox.me.queryKey() });
      const open = openId.current;
      if (open && ids.has(open)) {
        void queryClient.invalidateQueries({ queryKey: trpc.inbox.conversation.queryKey({ conversationId: open }) });
      }
    };

    const connect = () => {
      source = new EventSource("/api/inbox/events");
      source.onopen = () => {
        setConnection("live");
        void queryClient.invalidateQueries({ queryKey: trpc.inbox.pathKey() });
      };
      source.addEventListener("change", (event) => {
        pending ??= new Set();
        const id = conversationIdOf((event as MessageEvent<string>).data);
        if (id) pending.add(id);
        flush ??= setTimeout(() => {
          flush = undefined;
          refresh();
        }, COALESCE_MS);
      });
      source.addEventListener("presence", () => {
        for (const key of [trpc.inbox.me.queryKey(), trpc.inbox.agents.queryKey(), trpc.inbox.teams.queryKey()]) {
          void queryClient.invalidateQueries({ queryKey: key });
        }
      });
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
