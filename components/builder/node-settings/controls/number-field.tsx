"use client";

import type { ReactNode } from "react";
import { inputClass } from "./control-styles";
import { FieldShell } from "./field-shell";
import { parseNumberInput } from "./parse-number-input";
import { useLocalDraft } from "./use-local-draft";

export interface NumberFieldProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: number;
  onChange(value: number): void;
  min: number;
  max: number;
  /** "any" for decimals whose arrows step by 1. */
  step?: number | "any";
  /** Only whole numbers are written. */
  integer?: boolean;
  className?: string;
}

/** A number input that keeps what is typed but only ever writes a valid number (never NaN). */
export function NumberField({ label, hint, error, value, onChange, min, max, step = 1, integer = false, className }: NumberFieldProps) {
  const range = { min, max, integer };
  const [text, setText] = useLocalDraft(value, String, (draft) => parseNumberInput(draft, range));
  const local = parseNumberInput(text, range) === undefined ? `Enter ${integer ? "a whole number" : "a number"} from ${min} to ${max}.` : undefined;
  const shown = local ?? error;
  return (
    <FieldShell label={label} hint={hint} error={shown} className={className}>
      {(ids) => (
        <input
          {...ids}
          type="number"
          inputMode={integer ? "numeric" : "decimal"}
          min={min}
          max={max}
          step={step}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const parsed = parseNumberInput(event.target.value, range);
            if (parsed !== undefined && parsed !== value) onChange(parsed);
          }}
          onBlur={() => setText(String(value))}
          className={inputClass(shown, "max-w-32")}
        />
      )}
    </FieldShell>
  );
}
