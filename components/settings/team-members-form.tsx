"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import type { TeamSummary } from "@/server/workspace/list-teams";
import { SectionForm } from "./section-form";
import { trpcErrorFields } from "./trpc-error-fields";
import { useRefreshTeams } from "./use-refresh-teams";

/** Who works the team's queue: a checkbox per member of the workspace. */
export function TeamMembersForm({ team }: { team: TeamSummary }) {
  const trpc = useTRPC();
  const refresh = useRefreshTeams();
  const members = useQuery(trpc.members.list.queryOptions());
  const [chosen, setChosen] = useState(() => new Set(team.members.map((member) => member.membershipId)));
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(
    trpc.teams.setMembers.mutationOptions({
      onSuccess: async (result) => {
        setSaved(`Members saved: ${result.members === 1 ? "1 person" : `${result.members} people`}.`);
        await refresh();
      },
    }),
  );
  const { message } = trpcErrorFields(save.error);
  const toggle = (membershipId: string, on: boolean) => {
    setSaved(null);
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(membershipId);
      else next.delete(membershipId);
      return next;
    });
  };

  return (
    <SectionForm
      label={`Members of ${team.name}`}
      title="Members"
      description="They see this team's queue in the inbox. Set how many conversations each one takes at once on the Members page."
      error={message}
      saved={saved}
      pending={save.isPending}
      submitLabel="Save members"
      onSubmit={() => save.mutate({ teamId: team.id, membershipIds: [...chosen] })}
    >
      {members.isPending ? (
        <p className="text-sm text-slate-500">Loading members…</p>
      ) : members.isError ? (
        <p className="text-sm text-red-700">
          Couldn&apos;t load members: {members.error.message}{" "}
          <button type="button" className="underline" onClick={() => members.refetch()}>
            Retry
          </button>
        </p>
      ) : (
        <fieldset>
          <legend className="sr-only">Members of {team.name}</legend>
          <ul className="grid gap-2 sm:grid-cols-2">
            {members.data.map((member) => (
              <li key={member.membershipId}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={chosen.has(member.membershipId)}
                    onChange={(event) => toggle(member.membershipId, event.target.checked)}
                    className="h-4 w-4 rounded border-slate-300"
                  />
                  <span>
                    {member.name}{" "}
                    <span className="text-slate-500">
                      ({member.role === "ADMIN" ? "admin" : "agent"}, up to {member.maxConcurrent} at once)
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </SectionForm>
  );
}
