"use client";

import type { ReactNode } from "react";
import { inputClass } from "./control-styles";
import { FieldShell } from "./field-shell";
import { toLines } from "./to-lines";
import { useLocalDraft } from "./use-local-draft";

export interface LinesTextareaProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: readonly string[];
  onChange(lines: string[]): void;
  rows?: number;
  placeholder?: string;
}

/** One item per line (example phrases); blank lines are kept while typing but never written. */
export function LinesTextarea({ label, hint, error, value, onChange, rows = 4, placeholder }: LinesTextareaProps) {
  const [text, setText] = useLocalDraft([...value], (lines) => lines.join("\n"), toLines);
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {(ids) => (
        <textarea
          {...ids}
          rows={rows}
          value={text}
          placeholder={placeholder}
          onChange={(event) => {
            setText(event.target.value);
            const lines = toLines(event.target.value);
            if (lines.join("\n") !== value.join("\n")) onChange(lines);
          }}
          className={inputClass(error, "resize-y")}
        />
      )}
    </FieldShell>
  );
}
