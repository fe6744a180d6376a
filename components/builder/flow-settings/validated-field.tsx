"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { TextField } from "../node-settings/controls/text-field";
import { useLocalDraft } from "../node-settings/controls/use-local-draft";
import type { Parsed } from "./settings-schemas";

export interface ValidatedFieldProps<T> extends Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange"> {
  label: string;
  hint?: ReactNode;
  value: T;
  format(value: T): string;
  parse(text: string): Parsed<T>;
  /** Called only with values that parse; invalid text stays in the input with its error. */
  onCommit(value: T): void;
}

/** A text input checked against a schema on every keystroke. */
export function ValidatedField<T>({ label, hint, value, format, parse, onCommit, ...props }: ValidatedFieldProps<T>) {
  const [text, setText] = useLocalDraft(value, format, (draft) => {
    const parsed = parse(draft);
    return parsed.ok ? parsed.value : undefined;
  });
  const parsed = parse(text);
  return (
    <TextField
      {...props}
      label={label}
      hint={hint}
      value={text}
      error={parsed.ok ? undefined : parsed.message}
      onChange={(next) => {
        setText(next);
        const result = parse(next);
        if (result.ok && JSON.stringify(result.value) !== JSON.stringify(value)) onCommit(result.value);
      }}
    />
  );
}
