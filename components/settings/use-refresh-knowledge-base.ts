"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";

/** Reloads Settings → Knowledge base (every list and "Try a question" answer) after a change to an article. */
export function useRefreshKnowledgeBase() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.knowledgeBase.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.knowledgeBase.trySearch.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.knowledgeBase.get.pathKey() }),
    ]);
}
