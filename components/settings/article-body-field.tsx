import { useId } from "react";

export interface ArticleBodyFieldProps {
  value: string;
  onChange: (value: string) => void;
  max: number;
  /** How many characters the chat quotes, for the hint. */
  excerpt: number;
  error?: string | undefined;
}

/**
 * The article's plain-text body with a live character count. No maxLength:
 * a paste past the limit stays whole (nothing typed is lost), the counter
 * turns red and the server says what to do.
 */
export function ArticleBodyField({ value, onChange, max, excerpt, error }: ArticleBodyFieldProps) {
  const id = useId();
  const length = value.replace(/\r\n?/g, "\n").trim().length;
  const over = length > max;
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="block text-sm font-medium text-slate-700">
          Body
        </label>
        <span
          id={`${id}-count`}
          className={`text-xs tabular-nums ${over ? "font-medium text-red-700" : length > max * 0.9 ? "text-amber-700" : "text-slate-500"}`}
        >
          {length.toLocaleString("en")} / {max.toLocaleString("en")} characters
        </span>
      </div>
      <textarea
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={12}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={`${error ? `${id}-error` : `${id}-hint`} ${id}-count`}
        className={`mt-1 block w-full rounded-md border px-3 py-2 font-sans text-sm leading-relaxed shadow-sm focus:ring-2 focus:outline-none ${
          error || over ? "border-red-400 focus:ring-red-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100"
        }`}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          Plain text; line breaks are kept. The chat quotes the first {excerpt} characters, so put the answer first.
        </p>
      )}
    </div>
  );
}
