"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "./control-styles";
import { FieldShell } from "./field-shell";

export interface AddByNameProps {
  label: string;
  hint?: string;
  placeholder?: string;
  buttonLabel: string;
  /** A message when the name cannot be used (already taken, too long). */
  validate?(name: string): string | undefined;
  onAdd(name: string): void;
  disabled?: boolean;
}

/**
 * Names a new list item before it exists, so its id can be derived from the
 * name once and then stay stable (connections attach to it).
 */
export function AddByName({ label, hint, placeholder, buttonLabel, validate, onAdd, disabled = false }: AddByNameProps) {
  const [name, setName] = useState("");
  const trimmed = name.trim();
  const problem = trimmed ? validate?.(trimmed) : undefined;
  const add = () => {
    if (!trimmed || problem || disabled) return;
    onAdd(trimmed);
    setName("");
  };
  return (
    <FieldShell label={label} hint={hint} error={problem}>
      {(ids) => (
        <div className="flex items-start gap-2">
          <input
            {...ids}
            value={name}
            placeholder={placeholder}
            disabled={disabled}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== "Enter") return;
              event.preventDefault();
              add();
            }}
            className={inputClass(problem)}
          />
          <Button variant="secondary" className="mt-1 shrink-0" disabled={!trimmed || Boolean(problem) || disabled} onClick={add}>
            {buttonLabel}
          </Button>
        </div>
      )}
    </FieldShell>
  );
}
