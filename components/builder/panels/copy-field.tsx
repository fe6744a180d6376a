"use client";

import { useId, useState } from "react";

/** A read-only value with a Copy button (the chat link, the embed snippet). */
export function CopyField({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null)?.select();
    }
  };
  const className = "block w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-700";
  return (
    <div>
      <div className="flex items-center justify-between">
        <label htmlFor={id} className="text-xs font-medium text-slate-700">
          {label}
        </label>
        <button
          type="button"
          onClick={() => void copy()}
          className="text-xs font-medium text-brand-700 hover:underline"
          aria-label={`Copy ${label.toLowerCase()}`}
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      {multiline ? (
        <textarea id={id} readOnly rows={3} value={value} className={`mt-1 ${className}`} />
      ) : (
        <input id={id} readOnly value={value} className={`mt-1 ${className}`} />
      )}
    </div>
  );
}
