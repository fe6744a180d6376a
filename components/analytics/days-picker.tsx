"use client";

export const DAYS_PRESETS = [7, 30, 90] as const;
export type Days = (typeof DAYS_PRESETS)[number];

/** A "7 / 30 / 90 days" switch as a radio group; `compact` for the builder's overlay bar. */
export function DaysPicker({ days, onChange, compact = false }: { days: Days; onChange: (days: Days) => void; compact?: boolean }) {
  return (
    <div role="radiogroup" aria-label="Period" className={`flex overflow-hidden border border-slate-300 ${compact ? "rounded" : "rounded-md"}`}>
      {DAYS_PRESETS.map((period) => (
        <button
          key={period}
          type="button"
          role="radio"
          aria-checked={days === period}
          onClick={() => onChange(period)}
          className={`${compact ? "px-2 py-0.5" : "px-3 py-1.5"} ${days === period ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-100"}`}
        >
          {period} days
        </button>
      ))}
    </div>
  );
}
