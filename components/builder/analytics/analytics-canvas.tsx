"use client";

import { Background, BackgroundVariant, Controls, ReactFlow } from "@xyflow/react";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { AnalyticsLegend } from "./analytics-legend";
import { AnalyticsNodeView } from "./analytics-node-view";
import { toAnalyticsFlow, type AnalyticsNode } from "./to-analytics-flow";
import { DaysPicker, type Days } from "@/components/analytics/days-picker";

const nodeTypes = { analytics: AnalyticsNodeView };

/**
 * The flow, measured: a published version drawn read-only, each step coloured
 * by traffic, with its drop-off, escalations and exits. Reads only; the draft
 * is never touched.
 */
export function AnalyticsCanvas({ flowId }: { flowId: string }) {
  const trpc = useTRPC();
  const [days, setDays] = useState<Days>(30);
  const [versionId, setVersionId] = useState<string | null>(null);
  const overlay = useQuery(trpc.flowAnalytics.overlay.queryOptions({ flowId, versionId, days }));
  const data = overlay.data;
  const flow = useMemo(() => (data?.version && data.metrics ? toAnalyticsFlow(flowId, data.version.document, data.metrics) : null), [flowId, data]);

  return (
    <div className="relative h-full w-full" data-testid="analytics-canvas">
      <div className="absolute left-3 top-3 z-10 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white/95 px-3 py-2 text-sm shadow-sm">
        <label className="flex items-center gap-1">
          <span className="text-slate-600">Version</span>
          <select
            aria-label="Published version"
            className="rounded border border-slate-300 px-1 py-0.5"
            value={versionId ?? data?.version?.id ?? ""}
            onChange={(event) => setVersionId(event.target.value || null)}
            disabled={!data?.versions.length}
          >
            {data?.versions.map((version) => (
              <option key={version.id} value={version.id}>
                v{version.number}
                {version.live ? " (live)" : ""}
              </option>
            ))}
          </select>
        </label>
        <DaysPicker days={days} onChange={setDays} compact />
        {data?.metrics ? (
          <span className="text-slate-600" data-testid="overlay-conversations">
            {data.metrics.conversations} conversations started
          </span>
        ) : null}
        {overlay.isFetching ? <span className="text-slate-400">Loading…</span> : null}
      </div>

      {overlay.isError ? (
        <Notice title="Could not load the analytics">{overlay.error.message} Try again, or pick another version.</Notice>
      ) : data && !data.version ? (
        <Notice title="Nothing to measure yet">Publish this flow (Publish tab): the figures show how customers move through a published version.</Notice>
      ) : data?.metrics && data.metrics.maxVisits === 0 ? (
        <Notice title="No conversations in this period">Open the chat link and try the flow, or choose a longer period.</Notice>
      ) : null}

      {flow ? (
        <ReactFlow<AnalyticsNode>
          nodes={flow.nodes}
          edges={flow.edges}
          nodeTypes={nodeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          deleteKeyCode={null}
          minZoom={0.1}
          maxZoom={2}
          fitView
          fitViewOptions={{ maxZoom: 1, padding: 0.2 }}
          aria-label="The flow, measured"
        >
          <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
          <Controls showInteractive={false} />
        </ReactFlow>
      ) : null}
      {data?.metrics ? (
        <div className="absolute bottom-3 left-14 z-10 flex items-end gap-2">
          <AnalyticsLegend thresholds={data.metrics.heatThresholds} />
          <span className="text-[10px] text-slate-400">query {data.queryMs} ms</span>
        </div>
      ) : null}
    </div>
  );
}

function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div role="status" className="absolute left-1/2 top-16 z-10 w-96 -translate-x-1/2 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow">
      <p className="font-semibold text-slate-900">{title}</p>
      <p className="mt-1 text-slate-600">{children}</p>
    </div>
  );
}
