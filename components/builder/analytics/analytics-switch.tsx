"use client";

/** The toolbar's "Analytics" switch: the canvas shows the published flow measured, or the draft to edit. */
export function AnalyticsSwitch({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      onClick={() => onChange(!on)}
      title={on ? "Back to editing the draft" : "Colour each step by traffic in the published flow"}
      className="ml-4 flex items-center gap-2 rounded-full px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
    >
      <span className={`relative h-5 w-9 rounded-full transition-colors ${on ? "bg-orange-500" : "bg-slate-300"}`} aria-hidden>
        <span className={`absolute top-0.5 h-4 w-4 rounded-full bg-white shadow transition-all ${on ? "left-4" : "left-0.5"}`} />
      </span>
      Analytics
    </button>
  );
}
