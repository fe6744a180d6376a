"use client";

import { useId, type ReactNode } from "react";
import { errorClass, hintClass, labelClass } from "./control-styles";

export interface ControlIds {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
}

export interface FieldShellProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  /** Text shown at the right of the label (a slider's value, a picker button). */
  aside?: ReactNode;
  children(ids: ControlIds): ReactNode;
}

/** Label, control, then the error (or the hint), tied together for screen readers. */
export function FieldShell({ label, hint, error, className = "", aside, children }: FieldShellProps) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className={labelClass}>
          {label}
        </label>
        {aside}
      </div>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {error ? (
        <p id={`${id}-error`} className={errorClass}>
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
