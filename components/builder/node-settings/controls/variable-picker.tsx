"use client";

import { useEffect, useId, useRef, useState } from "react";

export interface VariablePickerProps {
  variables: readonly string[];
  /** The field it inserts into, for the button's accessible name. */
  fieldLabel: string;
  onPick(name: string): void;
}

/** A small "{x}" button opening the list of variables; picking one inserts {{name}}. Its foot explains fallbacks. */
export function VariablePicker({ variables, fieldLabel, onPick }: VariablePickerProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);

  const closeOnEscape = (event: React.KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div ref={root} className="relative" onKeyDown={closeOnEscape}>
      <button
        ref={toggle}
        type="button"
        aria-label={`Insert a variable into ${fieldLabel}`}
        aria-expanded={open}
        aria-controls={listId}
        title="Insert a variable"
        onClick={() => setOpen((current) => !current)}
        className="rounded px-1.5 py-0.5 font-mono text-xs text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        {"{x}"}
      </button>
      {open ? (
        <div id={listId} className="absolute right-0 z-20 mt-1 w-56 rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
          <ul aria-label="Variables" className="max-h-60 overflow-auto">
            {variables.length === 0 ? <li className="px-3 py-1.5 text-slate-500">No variables yet.</li> : null}
            {variables.map((name) => (
              <li key={name}>
                <button
                  type="button"
                  onClick={() => {
                    onPick(name);
                    setOpen(false);
                  }}
                  className="block w-full px-3 py-1.5 text-left font-mono text-xs text-slate-700 hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-none"
                >
                  {`{{${name}}}`}
                </button>
              </li>
            ))}
          </ul>
          <p className="mt-1 border-t border-slate-100 px-3 pt-1.5 pb-1 text-xs text-slate-500">
            Empty for some customers? Add a fallback: <code className="font-mono break-all">{'{{customer.name | fallback: "there"}}'}</code>
          </p>
        </div>
      ) : null}
    </div>
  );
}
