"use client";

import { heatColors } from "./heat-colors";

/** What the colours mean: each heat level's smallest visit count (log scale), and how edges read. */
export function AnalyticsLegend({ thresholds }: { thresholds: (number | null)[] }) {
  return (
    <div className="max-w-xs rounded-lg border border-slate-200 bg-white/95 p-3 text-xs text-slate-600 shadow-sm" aria-label="Heat legend" role="group">
      <p className="mb-1 font-semibold text-slate-800">Visits per step</p>
      <ul className="flex items-end gap-1">
        <li className="flex flex-col items-center gap-0.5">
          <span className={`h-3 w-8 rounded ${heatColors[0].swatch}`} aria-hidden />
          <span>0</span>
        </li>
        {thresholds.map((from, index) =>
          from === null ? null : (
            <li key={index} className="flex flex-col items-center gap-0.5">
              <span className={`h-3 w-8 rounded ${heatColors[index + 1]!.swatch}`} aria-hidden />
              <span className="tabular-nums">≥{from}</span>
            </li>
          ),
        )}
      </ul>
      <p className="mt-2">Edges: share of the step&apos;s departures · count. Drop-off: left at that step, no person involved.</p>
    </div>
  );
}
