"use client";

import { Handle, Position, useUpdateNodeInternals, type NodeProps } from "@xyflow/react";
import { memo, useEffect, useRef } from "react";
import { nodeCatalog } from "@/server/flow/node-catalog";
import { useWorkspaceContext } from "../editor/editor-data";
import { groupColors } from "../node-looks/group-colors";
import { nodeLooks } from "../node-looks/node-looks";
import type { CanvasNode } from "./to-react-flow";

const pending = new Set<string>();

/** Queues a node for re-measuring; one React Flow update per frame, however many nodes changed. */
function measureSoon(update: (ids: string[]) => void, nodeId: string) {
  if (pending.size === 0) {
    requestAnimationFrame(() => {
      const ids = [...pending];
      pending.clear();
      update(ids);
    });
  }
  pending.add(nodeId);
}

/** How every node looks on the canvas: its type's icon and colour, a one-line summary, a labelled handle per exit. */
export const FlowNodeView = memo(function FlowNodeView({ data, selected }: NodeProps<CanvasNode>) {
  const { node, ports, badges, active, connected } = data;
  const connectedPorts = new Set(connected.split(" "));
  const definition = nodeCatalog[node.type];
  const look = nodeLooks[node.type];
  const colors = groupColors[definition.group];
  const context = useWorkspaceContext();
  const Icon = look.icon;
  const updateNodeInternals = useUpdateNodeInternals();
  const mounted = useRef(false);
  // Exits come and go with the settings (an intent added, a rule removed), and a node can be
  // re-created before React Flow has measured it: have its handles measured again after such
  // changes (not on mount, which React Flow measures itself), batched into one frame.
  useEffect(() => {
    if (mounted.current) measureSoon(updateNodeInternals, node.id);
    mounted.current = true;
  }, [updateNodeInternals, node.id, ports, badges.errors, badges.warnings, selected]);
  const ring = active ? "ring-4 ring-emerald-300" : selected ? "ring-2 ring-brand-500" : badges.errors ? "ring-2 ring-red-400" : "";

  return (
    <div data-testid={`node-${node.id}`} className={`w-64 rounded-xl border border-slate-200 bg-white text-left shadow-sm ${ring}`}>
      {!definition.entry ? (
        <Handle type="target" position={Position.Left} className="!h-3 !w-3 !border-2 !border-white !bg-slate-400" aria-label={`Into ${definition.label}`} />
      ) : null}
      <div className={`flex items-center gap-2 rounded-t-xl px-3 py-2 ${colors.soft}`}>
        <Icon className={`h-4 w-4 shrink-0 ${colors.text}`} />
        <span className={`text-xs font-semibold uppercase tracking-wide ${colors.text}`}>{definition.label}</span>
        <span className="ml-auto truncate font-mono text-[10px] text-slate-400">{node.id}</span>
        {badges.errors || badges.warnings ? (
          <span
            title={badges.message ?? undefined}
            data-testid={`node-problems-${node.id}`}
            className={`rounded-full px-1.5 text-[10px] font-bold text-white ${badges.errors ? "bg-red-600" : "bg-amber-500"}`}
          >
            {badges.errors || badges.warnings}
            <span className="sr-only"> {badges.errors ? "errors" : "warnings"}</span>
          </span>
        ) : null}
      </div>
      <p className="line-clamp-2 px-3 py-2 text-sm text-slate-700">{look.summary(node.data, context) || definition.description}</p>
      {ports.length ? (
        <ul className="border-t border-slate-100 py-1">
          {ports.map((port) => {
            const isConnected = connectedPorts.has(port.id);
            // A required exit still open is drawn hollow and red: where the customer would be stranded.
            const look = isConnected ? "!border-white !bg-brand-600" : port.required ? "!border-red-500 !bg-white" : "!border-slate-300 !bg-white";
            return (
              <li key={port.id} className="relative px-3 py-0.5 text-right text-xs text-slate-500">
                {port.label}
                <Handle
                  type="source"
                  position={Position.Right}
                  id={port.id}
                  data-testid={`handle-${node.id}-${port.id}`}
                  data-connected={isConnected}
                  aria-label={`${definition.label} exit: ${port.label}${isConnected ? "" : " (not connected)"}`}
                  className={`!h-3 !w-3 !border-2 ${look}`}
                />
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
});
