"use client";

import { conditionOperators } from "@/server/flow/nodes/condition";
import { SelectField } from "./controls/select-field";
import { TextField } from "./controls/text-field";
import { VariableNameField } from "./controls/variable-name-field";
import type { ErrorLookup } from "./node-form";
import { needsNoValue, operatorLabels, type VariableRule } from "./rule-labels";

export interface RuleFieldsProps<R extends VariableRule> {
  rule: R;
  onChange(rule: R): void;
  /** Path of the rule in the node's data ("rules.0"), for its errors. */
  path: string;
  error: ErrorLookup;
  variables: readonly string[];
  variableHint?: string;
  /** The variable may stay empty (Route rules can match by intent alone): the check is then hidden. */
  optional?: boolean;
}

/** "Variable · check · value", shared by Condition and Route rules. */
export function RuleFields<R extends VariableRule>({ rule, onChange, path, error, variables, variableHint, optional = false }: RuleFieldsProps<R>) {
  return (
    <>
      <VariableNameField
        label={optional ? "Variable (optional)" : "Variable"}
        hint={variableHint}
        value={rule.variable}
        onChange={(variable) => onChange({ ...rule, variable })}
        error={error(`${path}.variable`)}
        variables={variables}
      />
      {optional && !rule.variable ? null : (
        <div className="grid grid-cols-2 gap-2">
          <SelectField
            label="Check"
            value={rule.operator}
            options={conditionOperators.map((operator) => ({ value: operator, label: operatorLabels[operator] }))}
            onChange={(operator) => onChange({ ...rule, operator, value: needsNoValue(operator) ? "" : rule.value })}
            error={error(`${path}.operator`)}
          />
          {needsNoValue(rule.operator) ? null : (
            <TextField label="Value" value={rule.value} maxLength={500} onChange={(value) => onChange({ ...rule, value })} error={error(`${path}.value`)} />
          )}
        </div>
      )}
    </>
  );
}
