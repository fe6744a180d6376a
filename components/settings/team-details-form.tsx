"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Field } from "@/components/ui/field";
import type { TeamSummary } from "@/server/workspace/list-teams";
import { SectionForm } from "./section-form";
import { parseTagList } from "./tag-list";
import { trpcErrorFields } from "./trpc-error-fields";
import { useRefreshTeams } from "./use-refresh-teams";

/** Name, skills and languages of a team. */
export function TeamDetailsForm({ team }: { team: TeamSummary }) {
  const trpc = useTRPC();
  const refresh = useRefreshTeams();
  const [values, setValues] = useState({ name: team.name, skills: team.skills.join(", "), languages: team.languages.join(", ") });
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(
    trpc.teams.update.mutationOptions({
      onSuccess: async (result) => {
        setSaved("Details saved.");
        setValues({ name: result.name, skills: result.skills.join(", "), languages: result.languages.join(", ") });
        await refresh();
      },
    }),
  );
  const { message, fields } = trpcErrorFields(save.error);
  const set = (key: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) => {
    setSaved(null);
    setValues((current) => ({ ...current, [key]: event.target.value }));
  };

  return (
    <SectionForm
      label={`Details of ${team.name}`}
      title="Details"
      error={message}
      saved={saved}
      pending={save.isPending}
      submitLabel="Save details"
      onSubmit={() => save.mutate({ teamId: team.id, name: values.name, skills: parseTagList(values.skills), languages: parseTagList(values.languages) })}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Team name" value={values.name} onChange={set("name")} error={fields.name} autoComplete="off" />
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
    </SectionForm>
  );
}
