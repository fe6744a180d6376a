"use client";

import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { nodeCatalog } from "@/server/flow/node-catalog";
import { reasonLabel } from "@/server/engine/reason-label";
import { groupColors } from "../node-looks/group-colors";
import { nodeLooks } from "../node-looks/node-looks";
import { useWorkspaceContext } from "../editor/editor-data";
import { heatColors } from "./heat-colors";
import { formatShare, type AnalyticsNode } from "./to-analytics-flow";

const percentOf = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : "–");

/** A step on the measured canvas: coloured by traffic, with visits, drop-off, escalations and each exit's share. */
export const AnalyticsNodeView = memo(function AnalyticsNodeView({ data }: NodeProps<AnalyticsNode>) {
  const { node, metrics, exits } = data;
  const definition = nodeCatalog[node.type];
  const look = nodeLooks[node.type];
  const heat = heatColors[metrics.heat] ?? heatColors[0];
  const context = useWorkspaceContext();
  const Icon = look.icon;
  const isEnd = node.type === "end";
  const reasons = metrics.escalationsByReason.map((entry) => `${reasonLabel(entry.reason)}: ${entry.count}`).join(", ");
  return (
    <div data-testid={`overlay-node-${node.id}`} data-heat={metrics.heat} className={`w-64 rounded-xl border-2 text-left shadow-sm ${heat.card}`}>
      {!definition.entry ? <Handle type="target" position={Position.Left} isConnectable={false} className="!h-2 !w-2 !border-0 !bg-slate-400" /> : null}
      <div className="flex items-center gap-2 px-3 pt-2">
        <Icon className={`h-4 w-4 shrink-0 ${groupColors[definition.group].text}`} />
        <span className="text-xs font-semibold uppercase tracking-wide text-slate-700">{definition.label}</span>
        <span className="ml-auto truncate font-mono text-[10px] text-slate-400">{node.id}</span>
      </div>
      <p className="line-clamp-1 px-3 text-xs text-slate-500">{look.summary(node.data as never, context) || definition.description}</p>
      <dl className="grid grid-cols-3 gap-1 px-3 py-2 text-center">
        <div className="rounded-md bg-white/70 px-1 py-1">
          <dt className="text-[10px] uppercase text-slate-500">Visits</dt>
          <dd className="text-base font-semibold text-slate-900" data-testid={`overlay-visits-${node.id}`}>
            {metrics.visits}
          </dd>
        </div>
        <div
          className="rounded-md bg-white/70 px-1 py-1"
          title={isEnd ? "Conversations that finished here without a person" : "Conversations that stopped here without a person (the customer left)"}
        >
          <dt className="text-[10px] uppercase text-slate-500">{isEnd ? "Finished" : "Drop-off"}</dt>
          <dd className={`text-base font-semibold ${!isEnd && metrics.left ? "text-red-700" : "text-slate-900"}`} data-testid={`overlay-dropoff-${node.id}`}>
            {isEnd ? metrics.completed : metrics.left}
            <span className="ml-1 text-[10px] font-normal text-slate-500">{percentOf(isEnd ? metrics.completed : metrics.left, metrics.conversations)}</span>
          </dd>
        </div>
        <div className="rounded-md bg-white/70 px-1 py-1" title={reasons || "No escalation started here"}>
          <dt className="text-[10px] uppercase text-slate-500">Escalated</dt>
          <dd className={`text-base font-semibold ${metrics.escalations ? "text-amber-700" : "text-slate-900"}`} data-testid={`overlay-escalations-${node.id}`}>
            {metrics.escalations}
          </dd>
        </div>
      </dl>
      {!isEnd && metrics.completed ? <p className="px-3 pb-1 text-[11px] text-slate-500">{metrics.completed} finished here without a person</p> : null}
      {reasons ? <p className="px-3 pb-1 text-[11px] text-amber-800">{reasons}</p> : null}
      {metrics.unrecognised ? (
        <a
          href={`/analytics/unrecognised?flow=${encodeURIComponent(data.flowId)}`}
          className="nodrag block px-3 pb-1 text-[11px] font-medium text-violet-700 underline"
          data-testid={`overlay-unrecognised-${node.id}`}
        >
          {metrics.unrecognised} not understood — review and teach
        </a>
      ) : null}
      {exits.length ? (
        <ul className="border-t border-slate-200/70 py-1">
          {exits.map(({ port, edge }) => {
            const count = edge?.count ?? 0;
            const share = edge?.share ?? 0;
            return (
              <li key={port.id} className="relative flex items-center gap-2 px-3 py-0.5 text-xs text-slate-600">
                <span className="h-1.5 flex-1 overflow-hidden rounded bg-slate-200/70" aria-hidden>
                  <span className={`block h-full ${heat.bar}`} style={{ width: `${Math.round(share * 100)}%` }} />
                </span>
                <span className="min-w-0 truncate">{port.label}</span>
                <span className="w-16 text-right font-medium tabular-nums text-slate-800" data-testid={`overlay-exit-${node.id}-${port.id}`}>
                  {edge ? `${formatShare(share, count)} (${count})` : "not connected"}
                </span>
                <Handle type="source" position={Position.Right} id={port.id} isConnectable={false} className="!h-2 !w-2 !border-0 !bg-slate-400" />
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
});
