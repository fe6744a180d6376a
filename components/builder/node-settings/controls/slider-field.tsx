"use client";

import type { ReactNode } from "react";
import { FieldShell } from "./field-shell";

export interface SliderFieldProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: number;
  onChange(value: number): void;
  min: number;
  max: number;
  step: number;
  /** The value in words, shown beside the label and read by screen readers. */
  describe(value: number): string;
  /** Words under both ends of the track. */
  ends?: [string, string];
  className?: string;
}

/** A range input that says what its value means. */
export function SliderField({ label, hint, error, value, onChange, min, max, step, describe, ends, className }: SliderFieldProps) {
  const clamped = Math.min(max, Math.max(min, value));
  const words = describe(clamped);
  return (
    <FieldShell label={label} hint={hint} error={error} className={className} aside={<span className="text-xs font-medium text-slate-600">{words}</span>}>
      {(ids) => (
        <>
          <input
            {...ids}
            type="range"
            min={min}
            max={max}
            step={step}
            value={clamped}
            aria-valuetext={words}
            onChange={(event) => {
              const next = Number(event.target.value);
              if (Number.isFinite(next)) onChange(next);
            }}
            className="mt-2 block w-full accent-brand-600"
          />
          {ends ? (
            <div aria-hidden className="flex justify-between text-xs text-slate-400">
              <span>{ends[0]}</span>
              <span>{ends[1]}</span>
            </div>
          ) : null}
        </>
      )}
    </FieldShell>
  );
}
