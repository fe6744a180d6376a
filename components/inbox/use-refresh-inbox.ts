"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/components/providers/trpc";

/** Refetches what an action on one conversation can change: counts, lists, your load, and that conversation. */
export function useRefreshInbox() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async (conversationId: string) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.inbox.counts.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.inbox.list.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.inbox.me.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.inbox.conversation.queryKey({ conversationId }) }),
      ]);
    },
    [queryClient, trpc],
  );
}
