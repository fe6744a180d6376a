"use client";

import type { SaveState } from "./use-autosave";

/** "Saving… / Saved / Save failed — retry", always visible in the editor's bar. */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const text = { saved: "All changes saved", dirty: "Unsaved changes…", saving: "Saving…", error: "Save failed", conflict: "Not saved: edited elsewhere" }[
    state.kind
  ];
  const tone = state.kind === "error" || state.kind === "conflict" ? "text-red-700" : state.kind === "saved" ? "text-slate-500" : "text-amber-700";
  return (
    <span role="status" data-testid="save-status" className={`flex items-center gap-2 text-xs ${tone}`}>
      {text}
      {state.kind === "error" ? (
        <button type="button" onClick={onRetry} className="font-medium underline">
          Retry
        </button>
      ) : null}
    </span>
  );
}
