"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { refreshQueries } from "@/components/providers/refresh-queries";

/** Refetches what an action on one conversation can change: counts, lists, your load, and that conversation. */
export function useRefreshInbox() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async (conversationId: string) => {
      await Promise.all([
        refreshQueries(queryClient, { queryKey: trpc.inbox.counts.queryKey() }),
        refreshQueries(queryClient, { queryKey: trpc.inbox.list.queryKey() }),
        refreshQueries(queryClient, { queryKey: trpc.inbox.me.queryKey() }),
        refreshQueries(queryClient, { queryKey: trpc.inbox.conversation.queryKey({ conversationId }) }),
      ]);
    },
    [queryClient, trpc],
  );
}
