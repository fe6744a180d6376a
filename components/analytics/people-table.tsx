import type { AnalyticsReport } from "@/server/analytics/load-analytics";
import { formatCount, formatDuration, formatPercent, formatRating } from "./format-figures";

type Row = AnalyticsReport["teams"][number];

/** Per team or per agent: handoffs, handled, median first reply and handle time, resolution, CSAT. */
export function PeopleTable({ title, rows, empty }: { title: string; rows: Row[]; empty: string }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" aria-label={title}>
      <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{empty}</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <thead className="text-xs text-slate-500">
            <tr>
              {["Name", "Handoffs", "Handled", "First reply (p50)", "Handle time (p50)", "Resolved", "CSAT"].map((c) => (
                <th key={c} scope="col" className="border-b border-slate-200 py-1 pr-3 font-medium">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100">
                <th scope="row" className="py-1.5 pr-3 font-medium text-slate-900">
                  {row.name}
                </th>
                <td className="pr-3">{formatCount(row.handoffs)}</td>
                <td className="pr-3">{formatCount(row.handled)}</td>
                <td className="pr-3">{formatDuration(row.firstReplyP50)}</td>
                <td className="pr-3">{formatDuration(row.handleP50)}</td>
                <td className="pr-3">{formatPercent(row.resolutionRate)}</td>
                <td className="pr-3">
                  {formatRating(row.csat)}
                  {row.rated ? <span className="text-xs text-slate-400"> ({row.rated})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
