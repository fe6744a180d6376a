"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { AnalyticsReport } from "@/server/analytics/load-analytics";
import { ChartWithTable } from "./chart-with-table";

const HEIGHT = 220;

/** The daily series, handoff reasons and wait histogram (recharts: loaded by this route only). */
export function AnalyticsCharts({ report }: { report: AnalyticsReport }) {
  const reasons = report.reasons.filter((r) => r.current > 0 || r.previous > 0);
  const histogram = report.handoffs.current.wait.histogram;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="lg:col-span-2">
        <ChartWithTable
          title="Per day"
          description={`Conversations started, escalated to a person and contained by the bot (days in ${report.timeZone}).`}
          chart={
            <ResponsiveContainer width="100%" height={HEIGHT}>
              <LineChart data={report.daily} margin={{ left: -20, right: 8 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
                <XAxis dataKey="day" tick={{ fontSize: 11 }} tickFormatter={(day: string) => day.slice(5)} />
                <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
                <Tooltip />
                <Legend wrapperStyle={{ fontSize: 12 }} />
                <Line type="monotone" dataKey="started" name="Started" stroke="#2563eb" dot={false} isAnimationActive={false} />
                <Line type="monotone" dataKey="escalated" name="Escalated" stroke="#dc2626" dot={false} isAnimationActive={false} />
                <Line type="monotone" dataKey="contained" name="Contained" stroke="#059669" dot={false} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          }
          columns={["Day", "Started", "Escalated", "Contained"]}
          rows={report.daily.map((d) => [d.day, d.started, d.escalated, d.contained])}
        />
      </div>
      <ChartWithTable
        title="Why customers asked for a person"
        description="Handoffs by reason, this period and the one before."
        chart={
          reasons.length ? (
            <ResponsiveContainer width="100%" height={HEIGHT}>
              <BarChart data={reasons} layout="vertical" margin={{ left: 40, right: 8 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
                <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 11 }} />
                <Tooltip />
                <Legend wrapperStyle={{ fontSize: 12 }} />
                <Bar dataKey="current" name="This period" fill="#2563eb" isAnimationActive={false} />
                <Bar dataKey="previous" name="Before" fill="#cbd5e1" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          ) : (
            <p className="py-8 text-center text-sm text-slate-500">No handoffs in this period.</p>
          )
        }
        columns={["Reason", "This period", "Before"]}
        rows={report.reasons.map((r) => [r.label, r.current, r.previous])}
      />
      <ChartWithTable
        title="Time to a person"
        description="From the handoff to an agent's accept."
        chart={
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <BarChart data={histogram} margin={{ left: -20, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              <XAxis dataKey="label" tick={{ fontSize: 11 }} />
              <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
              <Tooltip />
              <Bar dataKey="count" name="Handoffs accepted" fill="#7c3aed" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        }
        columns={["Wait", "Handoffs accepted"]}
        rows={histogram.map((b) => [b.label, b.count])}
      />
    </div>
  );
}
