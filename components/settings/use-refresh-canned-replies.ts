"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { refreshQueries } from "@/components/providers/refresh-queries";

/** Reloads Settings → Canned replies after a change, and this browser's inbox "/" menu with it (an admin may have the inbox open too). */
export function useRefreshCannedReplies() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      refreshQueries(queryClient, { queryKey: trpc.cannedReplies.list.queryKey() }),
      refreshQueries(queryClient, { queryKey: trpc.inbox.cannedReplies.queryKey() }),
    ]);
}
