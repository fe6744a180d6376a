"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { inputClass } from "./control-styles";
import { FieldShell } from "./field-shell";

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange"> {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange(value: string): void;
}

/** A labelled one-line text input. */
export function TextField({ label, hint, error, value, onChange, className, ...props }: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {(ids) => <input {...ids} {...props} value={value} onChange={(event) => onChange(event.target.value)} className={inputClass(error)} />}
    </FieldShell>
  );
}
