"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";

/** Reloads Settings → Teams (and the member list, whose rows name teams) after a save. */
export function useRefreshTeams() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.teams.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() }),
    ]);
}
