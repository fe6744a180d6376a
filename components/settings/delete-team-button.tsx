"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TeamSummary } from "@/server/workspace/list-teams";
import { trpcErrorFields } from "./trpc-error-fields";
import { useRefreshTeams } from "./use-refresh-teams";

/** Deletes the team after a confirmation; the server refuses while conversations or published flows use it, and says why. */
export function DeleteTeamButton({ team, onDeleted }: { team: TeamSummary; onDeleted: (name: string) => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshTeams();
  const remove = useMutation(
    trpc.teams.delete.mutationOptions({
      onSuccess: async (result) => {
        onDeleted(result.name);
        await refresh();
      },
    }),
  );
  const { message } = trpcErrorFields(remove.error);
  return (
    <div className="space-y-2 border-t border-slate-200 pt-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Button
        variant="danger"
        aria-label={`Delete ${team.name}`}
        disabled={remove.isPending}
        onClick={() => {
          if (window.confirm(`Delete the team ${team.name}? Past conversations stay, without a team.`)) remove.mutate({ teamId: team.id });
        }}
      >
        {remove.isPending ? "Deleting…" : "Delete team"}
      </Button>
    </div>
  );
}
