import type { Edge, Node } from "@xyflow/react";
import type { EdgeMetrics, FlowOverlayMetrics, NodeMetrics } from "@/server/analytics/flow-overlay/flow-overlay-schemas";
import type { PortDefinition } from "@/server/flow/define-node";
import { portsOf } from "@/server/flow/flow-graph";
import type { FlowDocument, FlowNode } from "@/server/flow/schema";
import { edgeStroke } from "./heat-colors";

export type AnalyticsNodeData = {
  flowId: string;
  node: FlowNode;
  metrics: NodeMetrics;
  /** Each exit with its traffic. */
  exits: { port: PortDefinition; edge: EdgeMetrics | null }[];
};
export type AnalyticsNode = Node<AnalyticsNodeData, "analytics">;

/** "62%" (or "<1%" for a small but real share). */
export function formatShare(share: number, count: number): string {
  if (count === 0) return "0%";
  const percent = Math.round(share * 100);
  return percent === 0 ? "<1%" : `${percent}%`;
}

const EMPTY: Omit<NodeMetrics, "nodeId"> = {
  visits: 0,
  conversations: 0,
  completed: 0,
  left: 0,
  escalations: 0,
  unrecognised: 0,
  escalationsByReason: [],
  departures: 0,
  heat: 0,
};

/** The published document with its measurements as read-only React Flow nodes and labelled edges. */
export function toAnalyticsFlow(flowId: string, document: FlowDocument, metrics: FlowOverlayMetrics): { nodes: AnalyticsNode[]; edges: Edge[] } {
  const byNode = new Map(metrics.nodes.map((node) => [node.nodeId, node]));
  const byEdge = new Map(metrics.edges.map((edge) => [edge.edgeId, edge]));
  const edgeByPort = new Map(document.edges.map((edge) => [`${edge.source}:${edge.sourceHandle}`, byEdge.get(edge.id) ?? null]));
  const nodes: AnalyticsNode[] = document.nodes.map((node) => ({
    id: node.id,
    type: "analytics",
    position: node.position,
    draggable: false,
    connectable: false,
    selectable: false,
    data: {
      flowId,
      node,
      metrics: byNode.get(node.id) ?? { nodeId: node.id, ...EMPTY },
      exits: portsOf(node).map((port) => ({ port, edge: edgeByPort.get(`${node.id}:${port.id}`) ?? null })),
    },
  }));
  const edges: Edge[] = document.edges.map((edge) => {
    const measured = byEdge.get(edge.id);
    const count = measured?.count ?? 0;
    const share = measured?.share ?? 0;
    return {
      id: edge.id,
      source: edge.source,
      sourceHandle: edge.sourceHandle,
      target: edge.target,
      selectable: false,
      label: `${formatShare(share, count)} · ${count}`,
      labelStyle: { fontSize: 11, fontWeight: 600, fill: count ? "#9a3412" : "#94a3b8" },
      labelBgStyle: { fill: "#fff", fillOpacity: 0.9 },
      labelBgPadding: [4, 2] as [number, number],
      labelBgBorderRadius: 4,
      style: edgeStroke(share, count),
      ariaLabel: `${edge.source} ${edge.sourceHandle} to ${edge.target}: ${count} (${formatShare(share, count)})`,
    };
  });
  return { nodes, edges };
}
