"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import type { PriorityRule } from "@/server/handoff/priority-rule-schemas";
import { PriorityRuleRow, type PriorityRuleDraft } from "./priority-rule-row";
import { SectionForm } from "./section-form";
import { trpcErrorFields } from "./trpc-error-fields";

export interface PriorityRulesEditorProps {
  initialRules: PriorityRule[];
  defaultRules: PriorityRule[];
  /** The variables of the workspace's published flows (a rule may name another). */
  variables: string[];
  reasons: { value: string; label: string }[];
  maxRules: number;
}

const draftOf = (rule: PriorityRule): PriorityRuleDraft => ({ ...rule, boost: String(rule.boost) });
const newId = () => `rule-${Math.random().toString(36).slice(2, 10)}`;

/** Settings → Priorities: the rules that order every queue, edited as a list and saved together; the server's messages show beside the fields. */
export function PriorityRulesEditor({ initialRules, defaultRules, variables, reasons, maxRules }: PriorityRulesEditorProps) {
  const trpc = useTRPC();
  const [rules, setRules] = useState(() => initialRules.map(draftOf));
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(
    trpc.priorityRules.save.mutationOptions({
      onSuccess: () => setSaved("Priorities saved. They apply to conversations that join a queue from now on."),
    }),
  );
  const { message, fields } = trpcErrorFields(save.error);
  const edit = (next: PriorityRuleDraft[]) => {
    setSaved(null);
    setRules(next);
  };
  const errorsOf = (index: number) =>
    Object.fromEntries(
      Object.entries(fields)
        .filter(([path]) => path.startsWith(`rules.${index}.`))
        .map(([path, text]) => [path.split(".")[2]!, text]),
    );

  return (
    <SectionForm
      label="Queue priorities"
      title="Who is served first"
      description="When a conversation joins a team's queue, every rule below that matches adds its points. Agents' lists, places in line and automatic assignment serve the most points first, then whoever has waited longest. A transfer keeps the points."
      error={message ?? fields.rules ?? null}
      saved={saved}
      pending={save.isPending}
      submitLabel="Save priorities"
      onSubmit={() => save.mutate({ rules: rules.map((rule) => ({ ...rule, boost: rule.boost.trim() === "" ? Number.NaN : Number(rule.boost) })) })}
      actions={
        <>
          <Button
            variant="secondary"
            disabled={rules.length >= maxRules}
            title={rules.length >= maxRules ? `At most ${maxRules} rules.` : undefined}
            onClick={() => edit([...rules, { id: newId(), kind: "variable", variable: "", operator: "equals", value: "", boost: "5" }])}
          >
            Add rule
          </Button>
          <Button variant="ghost" onClick={() => edit(defaultRules.map(draftOf))}>
            Restore the defaults
          </Button>
        </>
      }
    >
      {rules.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500">
          No rules: every conversation is served in the order it started waiting.
        </p>
      ) : (
        <div className="space-y-3">
          {rules.map((rule, index) => (
            <PriorityRuleRow
              key={rule.id}
              index={index}
              rule={rule}
              variables={variables}
              reasons={reasons}
              errors={errorsOf(index)}
              onChange={(next) => edit(rules.map((current, i) => (i === index ? next : current)))}
              onRemove={() => edit(rules.filter((_, i) => i !== index))}
            />
          ))}
        </div>
      )}
    </SectionForm>
  );
}
