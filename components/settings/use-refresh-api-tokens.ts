"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { refreshQueries } from "@/components/providers/refresh-queries";

/** Reloads the list of Settings → API tokens after a change. */
export function useRefreshApiTokens() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => refreshQueries(queryClient, { queryKey: trpc.apiTokens.list.queryKey() });
}
