import { useId, type TextareaHTMLAttributes } from "react";

export interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value"> {
  label: string;
  value: string;
  error?: string | undefined;
  hint?: React.ReactNode;
  /** Shows "n / limit" under the field, red past it. The server enforces the limit; the field never cuts what was typed or pasted. */
  limit?: number;
}

/** A labelled textarea whose error (or hint) and character count are tied to it (aria-describedby), like Field. */
export function TextareaField({ label, value, error, hint, limit, id, className = "", ...props }: TextareaFieldProps) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const over = limit !== undefined && value.length > limit;
  const describedBy =
    [error ? `${inputId}-error` : hint ? `${inputId}-hint` : null, limit !== undefined ? `${inputId}-count` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <textarea
        id={inputId}
        value={value}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full resize-y rounded-md border px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 ${
          error || over ? "border-red-400 focus:ring-red-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100"
        }`}
        {...props}
      />
      <div className="mt-1 flex items-start justify-between gap-3">
        {error ? (
          <p id={`${inputId}-error`} className="text-sm text-red-700">
            {error}
          </p>
        ) : hint ? (
          <p id={`${inputId}-hint`} className="text-xs text-slate-500">
            {hint}
          </p>
        ) : (
          <span />
        )}
        {limit !== undefined ? (
          <p id={`${inputId}-count`} className={`shrink-0 text-xs tabular-nums ${over ? "font-medium text-red-700" : "text-slate-500"}`}>
            {over
              ? `${(value.length - limit).toLocaleString("en")} over the ${limit.toLocaleString("en")}-character limit`
              : `${value.length.toLocaleString("en")} / ${limit.toLocaleString("en")}`}
          </p>
        ) : null}
      </div>
    </div>
  );
}
