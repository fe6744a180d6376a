"use client";

import Link from "next/link";

export interface Toast {
  message: string;
  undo: (() => void) | null;
  /** Where to see the change (the builder, for an added phrase). */
  link?: { href: string; label: string };
}

/** The last action's confirmation, with its Undo (a live region: screen readers hear it). */
export function UndoToast({ toast, onClose }: { toast: Toast | null; onClose: () => void }) {
  return (
    <div aria-live="polite" className="fixed bottom-4 right-4 z-20">
      {toast ? (
        <div role="status" className="flex max-w-md items-center gap-3 rounded-lg bg-slate-900 px-4 py-3 text-sm text-white shadow-lg">
          <span className="min-w-0 flex-1">{toast.message}</span>
          {toast.link ? (
            <Link href={toast.link.href} className="shrink-0 font-semibold text-sky-300 hover:text-sky-200">
              {toast.link.label}
            </Link>
          ) : null}
          {toast.undo ? (
            <button type="button" onClick={toast.undo} className="shrink-0 font-semibold text-amber-300 hover:text-amber-200">
              Undo
            </button>
          ) : null}
          <button type="button" onClick={onClose} aria-label="Close" className="shrink-0 text-slate-400 hover:text-white">
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
