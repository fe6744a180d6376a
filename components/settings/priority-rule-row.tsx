"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { needsNoValue, operatorLabels, type Operator } from "@/components/builder/node-settings/rule-labels";
import type { PriorityRule } from "@/server/handoff/priority-rule-schemas";

/** A rule as the form holds it: the points as typed, so a half-typed number is kept until it is saved. */
export type PriorityRuleDraft = (Omit<Extract<PriorityRule, { kind: "variable" }>, "boost"> | Omit<Extract<PriorityRule, { kind: "reason" }>, "boost">) & {
  boost: string;
};

export interface PriorityRuleRowProps {
  index: number;
  rule: PriorityRuleDraft;
  variables: string[];
  reasons: { value: string; label: string }[];
  /** Messages by field (`variable`, `value`, `reasons`, `boost`). */
  errors: Record<string, string | undefined>;
  onChange: (rule: PriorityRuleDraft) => void;
  onRemove: () => void;
}

const selectClass =
  "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100";

/** One rule: "when [variable] [is] [value]" or "when the reason is [one of …]", then "add [n] points". */
export function PriorityRuleRow({ index, rule, variables, reasons, errors, onChange, onRemove }: PriorityRuleRowProps) {
  const id = useId();
  const number = index + 1;
  const setKind = (kind: PriorityRuleDraft["kind"]) => {
    if (kind === rule.kind) return;
    onChange(
      kind === "reason"
        ? { id: rule.id, kind, reasons: [], boost: rule.boost }
        : { id: rule.id, kind, variable: "", operator: "equals", value: "", boost: rule.boost },
    );
  };

  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-4" aria-label={`Rule ${number}`}>
      <div className="flex items-start justify-between gap-3">
        <p className="pt-2 text-sm font-medium text-slate-900">{summaryOf(rule, reasons)}</p>
        <Button variant="ghost" onClick={onRemove} aria-label={`Remove rule ${number}`}>
          Remove
        </Button>
      </div>
      <div className="mt-2 flex flex-wrap items-start gap-3">
        <div className="w-52">
          <label htmlFor={`${id}-kind`} className="block text-sm font-medium text-slate-700">
            When
          </label>
          <select id={`${id}-kind`} className={selectClass} value={rule.kind} onChange={(event) => setKind(event.target.value as PriorityRuleDraft["kind"])}>
            <option value="variable">a flow variable</option>
            <option value="reason">the handover reason</option>
          </select>
        </div>
        {rule.kind === "variable" ? (
          <>
            <Field
              className="w-44"
              label="Variable"
              list={`${id}-variables`}
              autoComplete="off"
              spellCheck={false}
              value={rule.variable}
              error={errors.variable}
              onChange={(event) => onChange({ ...rule, variable: event.target.value.trim() })}
            />
            <datalist id={`${id}-variables`}>
              {variables.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
            <div className="w-40">
              <label htmlFor={`${id}-operator`} className="block text-sm font-medium text-slate-700">
                Check
              </label>
              <select
                id={`${id}-operator`}
                className={selectClass}
                value={rule.operator}
                onChange={(event) => onChange({ ...rule, operator: event.target.value as Operator })}
              >
                {(Object.keys(operatorLabels) as Operator[]).map((operator) => (
                  <option key={operator} value={operator}>
                    {operatorLabels[operator]}
                  </option>
                ))}
              </select>
            </div>
            {needsNoValue(rule.operator) ? null : (
              <Field
                className="w-44"
                label="Value"
                value={rule.value}
                error={errors.value}
                onChange={(event) => onChange({ ...rule, value: event.target.value })}
              />
            )}
          </>
        ) : (
          <fieldset className="min-w-0 flex-1" aria-describedby={errors.reasons ? `${id}-reasons-error` : undefined}>
            <legend className="text-sm font-medium text-slate-700">Reason is any of</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {reasons.map((reason) => (
                <label key={reason.value} className="flex items-center gap-1.5 text-sm text-slate-700">
                  <input
                    type="checkbox"
                    className="h-4 w-4 rounded border-slate-300"
                    checked={rule.reasons.includes(reason.value as never)}
                    onChange={(event) =>
                      onChange({
                        ...rule,
                        reasons: (event.target.checked
                          ? [...rule.reasons, reason.value]
                          : rule.reasons.filter((value) => value !== reason.value)) as typeof rule.reasons,
                      })
                    }
                  />
                  {reason.label}
                </label>
              ))}
            </div>
            {errors.reasons ? (
              <p id={`${id}-reasons-error`} className="mt-1 text-sm text-red-700">
                {errors.reasons}
              </p>
            ) : null}
          </fieldset>
        )}
        <Field
          className="w-28"
          label="Add points"
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          value={rule.boost}
          error={errors.boost}
          onChange={(event) => onChange({ ...rule, boost: event.target.value })}
        />
      </div>
    </fieldset>
  );
}

/** The rule in one sentence: "+10 when vip is “true”", "+1 when the reason is Frustrated". */
function summaryOf(rule: PriorityRuleDraft, reasons: { value: string; label: string }[]): string {
  const points = /^\d+$/.test(rule.boost.trim()) ? `+${Number(rule.boost)}` : "Points";
  if (rule.kind === "reason") {
    const names = reasons.filter((reason) => rule.reasons.includes(reason.value as never)).map((reason) => reason.label);
    return names.length ? `${points} when the reason is ${names.join(" or ")}` : `${points} when the reason is… (choose one or more)`;
  }
  if (!rule.variable) return `${points} when a variable… (name one)`;
  const test = operatorLabels[rule.operator];
  return needsNoValue(rule.operator) ? `${points} when ${rule.variable} ${test}` : `${points} when ${rule.variable} ${test} “${rule.value}”`;
}
