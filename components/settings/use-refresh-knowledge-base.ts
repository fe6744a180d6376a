"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { refreshQueries } from "@/components/providers/refresh-queries";

/** Reloads Settings → Knowledge base (every list and "Try a question" answer) after a change to an article. */
export function useRefreshKnowledgeBase() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      refreshQueries(queryClient, { queryKey: trpc.knowledgeBase.list.pathKey() }),
      refreshQueries(queryClient, { queryKey: trpc.knowledgeBase.trySearch.pathKey() }),
      refreshQueries(queryClient, { queryKey: trpc.knowledgeBase.get.pathKey() }),
    ]);
}
