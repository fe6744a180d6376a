"use client";

import { useLayoutEffect, useRef, type ReactNode } from "react";
import { inputClass } from "./control-styles";
import { FieldShell } from "./field-shell";
import { insertAtCaret, unknownVariables } from "./insert-at-caret";
import { VariablePicker } from "./variable-picker";

export interface TemplateTextareaProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange(value: string): void;
  /** Variables offered by the picker (BuilderContext.variables). */
  variables: readonly string[];
  rows?: number;
  placeholder?: string;
  className?: string;
}

/** A text area for bot texts, with a picker that inserts {{variables}} at the caret. */
export function TemplateTextarea({ label, hint, error, value, onChange, variables, rows = 3, placeholder, className }: TemplateTextareaProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const selection = useRef<[number, number] | null>(null);
  const pendingCaret = useRef<number | null>(null);

  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret === null || !area.current) return;
    pendingCaret.current = null;
    area.current.focus();
    area.current.setSelectionRange(caret, caret);
  }, [value]);

  const remember = () => {
    if (area.current) selection.current = [area.current.selectionStart, area.current.selectionEnd];
  };
  const insert = (name: string) => {
    const [start, end] = selection.current ?? [value.length, value.length];
    const next = insertAtCaret(value, start, end, `{{${name}}}`);
    pendingCaret.current = next.caret;
    selection.current = [next.caret, next.caret];
    onChange(next.text);
  };
  const unknown = unknownVariables(value, variables);

  return (
    <FieldShell
      label={label}
      hint={hint}
      error={error}
      className={className}
      aside={<VariablePicker variables={variables} fieldLabel={label} onPick={insert} />}
    >
      {(ids) => (
        <>
          <textarea
            {...ids}
            ref={area}
            rows={rows}
            value={value}
            placeholder={placeholder}
            onChange={(event) => onChange(event.target.value)}
            onSelect={remember}
            onBlur={remember}
            className={inputClass(error, "resize-y")}
          />
          {unknown.length ? (
            <p className="mt-1 text-xs text-amber-700">
              {unknown.map((name) => `{{${name}}}`).join(", ")} {unknown.length === 1 ? "isn't a variable" : "aren't variables"} this flow knows; it will show
              as nothing (or as its fallback). Check the spelling or declare it in the flow settings.
            </p>
          ) : null}
        </>
      )}
    </FieldShell>
  );
}
