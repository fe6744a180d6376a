"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { refreshQueries } from "@/components/providers/refresh-queries";

/** Reloads Settings → Webhooks (endpoints, and every open delivery log) after a change. */
export function useRefreshWebhooks() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      refreshQueries(queryClient, { queryKey: trpc.webhooks.list.queryKey() }),
      refreshQueries(queryClient, { queryKey: trpc.webhooks.deliveries.pathKey() }),
    ]);
}
