"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Field } from "@/components/ui/field";
import { parseTagList } from "./tag-list";
import { trpcErrorFields } from "./trpc-error-fields";
import { useRefreshTeams } from "./use-refresh-teams";
import { CardForm } from "./card-form";

const empty = { name: "", skills: "", languages: "en" };

/** Creates a team (always open, manual assignment) and hands over to its editor for people, hours and routing. */
export function NewTeamForm({ onCreated, onCancel }: { onCreated: (team: { teamId: string; name: string }) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshTeams();
  const [values, setValues] = useState(empty);
  const create = useMutation(
    trpc.teams.create.mutationOptions({
      onSuccess: async (team) => {
        await refresh();
        setValues(empty);
        onCreated(team);
      },
    }),
  );
  const { message, fields } = trpcErrorFields(create.error);
  const set = (key: keyof typeof empty) => (event: React.ChangeEvent<HTMLInputElement>) => setValues((current) => ({ ...current, [key]: event.target.value }));

  return (
    <CardForm
      label="New team"
      title="New team"
      error={message}
      pending={create.isPending}
      submitLabel="Create team"
      pendingLabel="Creating…"
      onSubmit={() => create.mutate({ name: values.name, skills: parseTagList(values.skills), languages: parseTagList(values.languages) })}
      onCancel={onCancel}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Team name" value={values.name} onChange={set("name")} error={fields.name} autoComplete="off" autoFocus />
        <Field
          label="Skills"
          value={values.skills}
          onChange={set("skills")}
          error={fields.skills}
          hint="Comma-separated, e.g. billing, refunds."
          autoComplete="off"
        />
        <Field
          label="Languages"
          value={values.languages}
          onChange={set("languages")}
          error={fields.languages}
          hint="Language codes, e.g. en, fr."
          autoComplete="off"
        />
      </div>
      <p className="text-sm text-slate-500">A new team is always open and agents accept from its queue until you set its hours and routing.</p>
    </CardForm>
  );
}
