"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { refreshQueries } from "@/components/providers/refresh-queries";

/** Reloads Settings → Teams (and the member list, whose rows name teams) after a save. */
export function useRefreshTeams() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      refreshQueries(queryClient, { queryKey: trpc.teams.list.queryKey() }),
      refreshQueries(queryClient, { queryKey: trpc.members.list.queryKey() }),
    ]);
}
