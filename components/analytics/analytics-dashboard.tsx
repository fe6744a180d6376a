"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import type { AnalyticsFilter } from "@/server/analytics/analytics-schemas";
import { AnalyticsCharts } from "./analytics-charts";
import { AnalyticsFilters } from "./analytics-filters";
import { KpiCards } from "./kpi-cards";
import { OutcomePanels } from "./outcome-panels";
import { PeopleTable } from "./people-table";

/** Few enough conversations that percentages swing on one chat: say so. */
const LOW_DATA = 20;

/** /analytics: filters, the headline figures against the previous period, charts with their tables, outcomes and the team and agent tables. */
export function AnalyticsDashboard({ isAdmin }: { isAdmin: boolean }) {
  const trpc = useTRPC();
  const [filter, setFilter] = useState<AnalyticsFilter>({ preset: "30d" });
  const customIncomplete = filter.preset === "custom" && (!filter.from || !filter.to);
  const options = useQuery(trpc.analytics.options.queryOptions());
  const summary = useQuery({ ...trpc.analytics.summary.queryOptions(filter), enabled: !customIncomplete, placeholderData: keepPreviousData, retry: false });
  const report = summary.data;
  const exportHref = `/api/analytics/conversations.csv?${new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string"))}`;

  return (
    <div aria-busy={summary.isFetching}>
      <AnalyticsFilters filter={filter} options={options.data} onChange={setFilter} />
      {customIncomplete ? <p className="mb-4 text-sm text-slate-600">Pick a first and a last day for the custom period.</p> : null}
      {summary.error ? (
        <Alert tone="error">{summary.error.message}</Alert>
      ) : !report ? (
        <p className="text-sm text-slate-500" role="status">
          Counting…
        </p>
      ) : (
        <div className="space-y-4">
          <p className="text-xs text-slate-500" data-testid="analytics-period">
            {report.period.from} – {report.period.to} ({report.period.days} {report.period.days === 1 ? "day" : "days"}, {report.timeZone}), compared with{" "}
            {report.period.previousFrom} – {report.period.previousTo} ·{" "}
            <a className="text-brand-700 underline" href={exportHref} download>
              Download conversations (CSV)
            </a>
          </p>
          {report.kpis.started.current === 0 ? (
            <EmptyState title="No conversations in this period">
              <p>
                {isAdmin
                  ? "Pick a longer period or clear a filter. If the flow is new, share its chat link or embed the widget: figures appear as soon as customers talk to it."
                  : "Nothing reached your teams in this period. Pick a longer period, or ask an admin about the workspace's figures."}
              </p>
            </EmptyState>
          ) : (
            <>
              {report.kpis.started.current! < LOW_DATA ? (
                <Alert tone="info">
                  Only {report.kpis.started.current} conversation{report.kpis.started.current === 1 ? "" : "s"} in this period: one chat moves the percentages a
                  lot. Widen the period for steadier figures.
                </Alert>
              ) : null}
              <KpiCards kpis={report.kpis} />
              <AnalyticsCharts report={report} />
              <OutcomePanels report={report} />
              <div className="grid gap-4 xl:grid-cols-2">
                <PeopleTable title="Teams" rows={report.teams} empty="No handoffs reached a team in this period." />
                <PeopleTable title="Agents" rows={report.agents} empty="No agent accepted a handoff in this period." />
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
