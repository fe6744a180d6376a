"use client";

import type { ReactNode } from "react";
import type { BuilderContext } from "../../builder-context";
import { SelectField } from "./select-field";

export const TEAM_FROM_ROUTE = "Team chosen by the Route node";

export interface TeamSelectProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange(teamId: string): void;
  teams: BuilderContext["teams"];
  /** What "" means here: "Team chosen by the Route node", or a prompt to choose. */
  emptyLabel: string;
  className?: string;
}

/** A select of the workspace's teams; a team that no longer exists stays visible so it can be replaced. */
export function TeamSelect({ label, hint, error, value, onChange, teams, emptyLabel, className }: TeamSelectProps) {
  const missing = value !== "" && !teams.some((team) => team.id === value);
  const options = [
    { value: "", label: emptyLabel },
    ...teams.map((team) => ({ value: team.id, label: team.name })),
    ...(missing ? [{ value, label: "A deleted team — choose another" }] : []),
  ];
  const shownHint = teams.length === 0 ? "No teams yet: create one under Settings → Teams." : hint;
  return (
    <SelectField
      label={label}
      hint={shownHint}
      error={error ?? (missing ? "This team no longer exists; choose another." : undefined)}
      value={value}
      options={options}
      onChange={onChange}
      className={className}
    />
  );
}
