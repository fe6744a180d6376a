"use client";

import { Button } from "@/components/ui/button";

/** Someone else saved a newer draft: reload theirs or overwrite with ours. Never decided silently. */
export function ConflictDialog({ message, onReload, onOverwrite }: { message: string; onReload: () => void; onOverwrite: () => void }) {
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="conflict-title"
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4"
    >
      <div className="w-full max-w-md rounded-xl bg-white p-6 shadow-xl">
        <h2 id="conflict-title" className="text-lg font-semibold text-slate-900">
          This flow changed elsewhere
        </h2>
        <p className="mt-2 text-sm text-slate-600">{message}</p>
        <p className="mt-2 text-sm text-slate-600">Your changes are kept here until you choose.</p>
        <div className="mt-5 flex justify-end gap-2">
          <Button variant="secondary" onClick={onReload}>
            Reload their version
          </Button>
          <Button variant="danger" onClick={onOverwrite}>
            Overwrite with mine
          </Button>
        </div>
      </div>
    </div>
  );
}
