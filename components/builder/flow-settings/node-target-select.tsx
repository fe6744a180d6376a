"use client";

import type { ReactNode } from "react";
import type { BuilderContext } from "../builder-context";
import { SelectField } from "../node-settings/controls/select-field";

export const DEFAULT_PATH = "Default escalation path";

export interface NodeTargetSelectProps {
  label: string;
  hint?: ReactNode;
  value: string | null;
  onChange(nodeId: string | null): void;
  nodes: BuilderContext["nodes"];
  /** What null means here. */
  nullLabel?: string;
  className?: string;
}

/** Picks the step a trigger leads to; a deleted step stays visible so it can be replaced. */
export function NodeTargetSelect({ label, hint, value, onChange, nodes, nullLabel = DEFAULT_PATH, className }: NodeTargetSelectProps) {
  const missing = value !== null && !nodes.some((node) => node.id === value);
  const options = [
    { value: "", label: nullLabel },
    ...nodes.map((node) => ({ value: node.id, label: node.label })),
    ...(missing ? [{ value, label: "A deleted step — choose another" }] : []),
  ];
  return (
    <SelectField
      label={label}
      hint={hint}
      error={missing ? "This step no longer exists; choose another." : undefined}
      value={value ?? ""}
      options={options}
      onChange={(next) => onChange(next === "" ? null : next)}
      className={className}
    />
  );
}
