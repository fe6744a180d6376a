"use client";

import { useId, type ReactNode } from "react";
import { TextField } from "./text-field";

export interface VariableNameFieldProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange(name: string): void;
  /** Suggested names (BuilderContext.variables); any valid new name is fine too. */
  variables: readonly string[];
  className?: string;
}

/** A variable name, typed or picked from the flow's variables. */
export function VariableNameField({ variables, ...props }: VariableNameFieldProps) {
  const listId = useId();
  return (
    <>
      <TextField {...props} list={listId} autoComplete="off" spellCheck={false} />
      <datalist id={listId}>
        {variables.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
