"use client";

import type { ReactNode } from "react";
import { inputClass } from "./control-styles";
import { FieldShell } from "./field-shell";

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectFieldProps<V extends string> {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: V;
  options: readonly SelectOption<V>[];
  onChange(value: V): void;
  className?: string;
}

/** A labelled native select: keyboard- and screen-reader-friendly for free. */
export function SelectField<V extends string>({ label, hint, error, value, options, onChange, className }: SelectFieldProps<V>) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {(ids) => (
        <select {...ids} value={value} onChange={(event) => onChange(event.target.value as V)} className={inputClass(error)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
