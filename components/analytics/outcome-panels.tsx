import type { AnalyticsReport } from "@/server/analytics/load-analytics";
import { formatCount, formatRating } from "./format-figures";

function Facts({ title, facts }: { title: string; facts: [string, string][] }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" aria-label={title}>
      <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
      <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd className="text-right font-medium text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** What followed "no agent", callbacks, CSAT apart, where handoffs start, and the customers' comments. */
export function OutcomePanels({ report }: { report: AnalyticsReport }) {
  const h = report.handoffs.current;
  const cb = report.callbacks.current;
  const csat = report.csat;
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
      <Facts
        title="No agent: what happened next"
        facts={[
          ["Handoffs that found nobody", formatCount(h.noAgent.total)],
          ["Callback booked", formatCount(h.noAgent.callbackBooked)],
          ["Left a message", formatCount(h.noAgent.messageLeft)],
          ["Gave up", formatCount(h.noAgent.gaveUp)],
        ]}
      />
      <Facts
        title="Callbacks"
        facts={[
          ["Booked", formatCount(cb.booked)],
          ["Done", formatCount(cb.done)],
          ["Missed", formatCount(cb.missed)],
          ["Overdue", formatCount(cb.overdue)],
        ]}
      />
      <Facts
        title="Customer satisfaction"
        facts={[
          ["Overall", `${formatRating(csat.overall.average)} (${csat.overall.rated})`],
          ["Bot only", `${formatRating(csat.botOnly.average)} (${csat.botOnly.rated})`],
          ["With a person", `${formatRating(csat.withPerson.average)} (${csat.withPerson.rated})`],
          ...csat.distribution.map((d): [string, string] => [`${"★".repeat(d.stars)}`, formatCount(d.count)]),
        ]}
      />
      <Facts
        title="Where handoffs start"
        facts={
          report.nodes.length
            ? report.nodes.slice(0, 6).map((n): [string, string] => [`${n.nodeLabel} · ${n.flowName}`, formatCount(n.count)])
            : [["No handoffs", "—"]]
        }
      />
      {csat.comments.length ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4 md:col-span-2 xl:col-span-4" aria-label="Comments">
          <h2 className="text-sm font-semibold text-slate-900">What customers wrote</h2>
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {csat.comments.map((c) => (
              <li key={c.conversationId} className="flex gap-3 py-1.5">
                {/* Five places, filled up to the rating, wide enough for five (they ran into the comment at w-12). */}
                <span role="img" className="w-20 shrink-0 whitespace-nowrap text-amber-600" aria-label={`${c.rating} of 5 stars`}>
                  {"★".repeat(c.rating)}
                  <span className="text-slate-300">{"★".repeat(Math.max(0, 5 - c.rating))}</span>
                </span>
                <span className="flex-1 text-slate-800">{c.comment}</span>
                <span className="text-xs text-slate-500">
                  {[c.agentName, c.teamName].filter(Boolean).join(" · ") || "Bot only"} · {c.ratedAt.slice(0, 10)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
