"use client";

import { useId, type ReactNode } from "react";
import { hintClass } from "./control-styles";

export interface CheckboxFieldProps {
  label: string;
  hint?: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  className?: string;
}

/** A checkbox with its label beside it and an optional explanation below. */
export function CheckboxField({ label, hint, checked, onChange, className = "" }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={`flex items-start gap-2 ${className}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-0.5 size-4 rounded border-slate-300 accent-brand-600"
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-700">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className={`${hintClass} mt-0.5`}>
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
