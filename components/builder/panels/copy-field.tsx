"use client";

import { useId, useState } from "react";

/** A read-only value with a Copy button (the chat link, the embed snippet); `rows` makes it a text area that tall. */
export function CopyField({ label, value, rows }: { label: string; value: string; rows?: number }) {
  const id = useId();
  // What the last click did: copied, or (no clipboard access, e.g. plain http) selected the text for Ctrl+C.
  const [feedback, setFeedback] = useState<"Copied" | "Selected: press Ctrl+C" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setFeedback("Copied");
    } catch {
      (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null)?.select();
      setFeedback("Selected: press Ctrl+C");
    }
    setTimeout(() => setFeedback(null), 2000);
  };
  const className = "block w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-700";
  return (
    <div>
      <div className="flex items-center justify-between">
        <label htmlFor={id} className="text-xs font-medium text-slate-700">
          {label}
        </label>
        <span className="flex items-center gap-2">
          {/* Screen readers hear the outcome (the button's name stays "Copy …"); a failed copy is shown too. */}
          <span role="status" className={feedback === "Copied" ? "sr-only" : "text-xs text-slate-600"}>
            {feedback}
          </span>
          <button
            type="button"
            onClick={() => void copy()}
            className="text-xs font-medium text-brand-700 hover:underline"
            aria-label={`Copy ${label.toLowerCase()}`}
          >
            {feedback === "Copied" ? "Copied" : "Copy"}
          </button>
        </span>
      </div>
      {rows ? (
        <textarea id={id} readOnly rows={rows} value={value} className={`mt-1 ${className}`} />
      ) : (
        <input id={id} readOnly value={value} className={`mt-1 ${className}`} />
      )}
    </div>
  );
}
