"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Field } from "@/components/ui/field";
import type { TeamSummary } from "@/server/workspace/list-teams";
import { assignmentPolicies, type AssignmentPolicy } from "./assignment-policies";
import { SectionForm } from "./section-form";
import { trpcErrorFields } from "./trpc-error-fields";
import { useRefreshTeams } from "./use-refresh-teams";

/** How the team's queue hands conversations to agents, and how long a customer waits for one. */
export function TeamRoutingForm({ team }: { team: TeamSummary }) {
  const trpc = useTRPC();
  const refresh = useRefreshTeams();
  const id = useId();
  const [policy, setPolicy] = useState<AssignmentPolicy>(team.assignmentPolicy);
  const [maxWait, setMaxWait] = useState(String(team.maxWaitSeconds));
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(
    trpc.teams.update.mutationOptions({
      onSuccess: async () => {
        setSaved("Routing saved.");
        await refresh();
      },
    }),
  );
  const { message, fields } = trpcErrorFields(save.error);
  const seconds = Number(maxWait);

  return (
    <SectionForm
      label={`Routing of ${team.name}`}
      title="Routing"
      description="Only agents who are online and under their capacity get conversations."
      error={message}
      saved={saved}
      pending={save.isPending}
      submitLabel="Save routing"
      onSubmit={() => save.mutate({ teamId: team.id, assignmentPolicy: policy, maxWaitSeconds: maxWait.trim() === "" ? Number.NaN : seconds })}
    >
      <fieldset aria-describedby={fields.assignmentPolicy ? `${id}-policy-error` : undefined}>
        <legend className="text-sm font-medium text-slate-700">Assignment</legend>
        <div className="mt-2 space-y-2">
          {assignmentPolicies.map((option) => (
            <div key={option.value} className="flex items-start gap-2 text-sm">
              <input
                id={`${id}-${option.value}`}
                type="radio"
                name={`${id}-policy`}
                value={option.value}
                checked={policy === option.value}
                onChange={() => {
                  setSaved(null);
                  setPolicy(option.value);
                }}
                aria-describedby={`${id}-${option.value}-explained`}
                className="mt-0.5 h-4 w-4 border-slate-300"
              />
              <div>
                <label htmlFor={`${id}-${option.value}`} className="font-medium text-slate-900">
                  {option.label}
                </label>
                <p id={`${id}-${option.value}-explained`} className="text-slate-500">
                  {option.explanation}
                </p>
              </div>
            </div>
          ))}
        </div>
        {fields.assignmentPolicy ? (
          <p id={`${id}-policy-error`} className="mt-1 text-sm text-red-700">
            {fields.assignmentPolicy}
          </p>
        ) : null}
      </fieldset>
      <Field
        className="max-w-xs"
        label="Max wait (seconds)"
        type="number"
        inputMode="numeric"
        min={30}
        max={3600}
        step={1}
        value={maxWait}
        onChange={(event) => {
          setSaved(null);
          setMaxWait(event.target.value);
        }}
        error={fields.maxWaitSeconds}
        hint={`${Number.isFinite(seconds) && seconds >= 60 ? `About ${Math.round(seconds / 60)} min. ` : ""}How long a customer waits for an agent (30–3600 s); then the flow takes the handoff's No agent exit, usually a callback.`}
      />
    </SectionForm>
  );
}
