"use client";

import type { AnalyticsFilter, AnalyticsPreset } from "@/server/analytics/analytics-schemas";
import type { listAnalyticsOptions } from "@/server/analytics/list-analytics-options";

type Options = Awaited<ReturnType<typeof listAnalyticsOptions>>;

const PRESETS: { value: AnalyticsPreset; label: string }[] = [
  { value: "today", label: "Today" },
  { value: "7d", label: "7 days" },
  { value: "30d", label: "30 days" },
  { value: "90d", label: "90 days" },
  { value: "custom", label: "Custom" },
];

const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** Period presets (or two days) and the flow, version, team, agent and channel filters. */
export function AnalyticsFilters({
  filter,
  options,
  onChange,
}: {
  filter: AnalyticsFilter;
  options: Options | undefined;
  onChange: (next: AnalyticsFilter) => void;
}) {
  const set = (patch: Partial<AnalyticsFilter>) => onChange({ ...filter, ...patch });
  const flow = options?.flows.find((f) => f.id === filter.flowId);
  const orNone = (value: string) => value || undefined;
  return (
    <div className="mb-4 flex flex-wrap items-end gap-3" role="group" aria-label="Filters">
      <div role="radiogroup" aria-label="Period" className="flex overflow-hidden rounded-md ring-1 ring-slate-300">
        {PRESETS.map((preset) => (
          <button
            key={preset.value}
            type="button"
            role="radio"
            aria-checked={filter.preset === preset.value}
            onClick={() => set(preset.value === "custom" ? { preset: "custom" } : { preset: preset.value, from: undefined, to: undefined })}
            className={`px-3 py-1.5 text-sm ${filter.preset === preset.value ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
          >
            {preset.label}
          </button>
        ))}
      </div>
      {filter.preset === "custom" ? (
        <>
          <label className="text-xs text-slate-600">
            From
            <input type="date" className={`${select} ml-1`} value={filter.from ?? ""} onChange={(e) => set({ from: orNone(e.target.value) })} />
          </label>
          <label className="text-xs text-slate-600">
            To
            <input type="date" className={`${select} ml-1`} value={filter.to ?? ""} onChange={(e) => set({ to: orNone(e.target.value) })} />
          </label>
        </>
      ) : null}
      <label className="text-xs text-slate-600">
        Flow
        <select className={`${select} ml-1`} value={filter.flowId ?? ""} onChange={(e) => set({ flowId: orNone(e.target.value), flowVersionId: undefined })}>
          <option value="">All flows</option>
          {options?.flows.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </label>
      {flow && flow.versions.length ? (
        <label className="text-xs text-slate-600">
          Version
          <select className={`${select} ml-1`} value={filter.flowVersionId ?? ""} onChange={(e) => set({ flowVersionId: orNone(e.target.value) })}>
            <option value="">All versions</option>
            {flow.versions.map((v) => (
              <option key={v.id} value={v.id}>
                v{v.number}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="text-xs text-slate-600">
        Team
        <select className={`${select} ml-1`} value={filter.teamId ?? ""} onChange={(e) => set({ teamId: orNone(e.target.value) })}>
          <option value="">All teams</option>
          {options?.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-slate-600">
        Agent
        <select className={`${select} ml-1`} value={filter.agentId ?? ""} onChange={(e) => set({ agentId: orNone(e.target.value) })}>
          <option value="">Everyone</option>
          {options?.agents.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-slate-600">
        Channel
        <select
          className={`${select} ml-1`}
          value={filter.channel ?? ""}
          onChange={(e) => set({ channel: orNone(e.target.value) as AnalyticsFilter["channel"] })}
        >
          <option value="">All channels</option>
          <option value="web">Chat link</option>
          <option value="widget">Widget</option>
          <option value="api">API</option>
        </select>
      </label>
    </div>
  );
}
