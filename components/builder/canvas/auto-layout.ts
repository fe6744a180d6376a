import { Graph, layout } from "@dagrejs/dagre";
import type { FlowDraft } from "@/server/flow/draft-schema";
import { DEFAULT_NODE_SIZE } from "./default-node-size";

/**
 * Lays the flow out left to right (dagre), keeping exits in their drawn order
 * so a node's branches stay top-to-bottom as its handles are. Returns new
 * positions for every node (top-left corners, as React Flow wants them).
 */
export function autoLayout(
  draft: FlowDraft,
  sizes: Record<string, { width: number; height: number }>,
  portOrder: (nodeId: string, port: string) => number,
): Record<string, { x: number; y: number }> {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: "LR", nodesep: 48, ranksep: 110, edgesep: 24, marginx: 40, marginy: 40 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of draft.nodes) graph.setNode(node.id, { ...(sizes[node.id] ?? DEFAULT_NODE_SIZE) });
  const edges = [...draft.edges].sort((a, b) => portOrder(a.source, a.sourceHandle) - portOrder(b.source, b.sourceHandle));
  for (const edge of edges) {
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) graph.setEdge(edge.source, edge.target, {}, edge.id);
  }
  layout(graph);
  const positions: Record<string, { x: number; y: number }> = {};
  for (const node of draft.nodes) {
    const laid = graph.node(node.id);
    const size = sizes[node.id] ?? DEFAULT_NODE_SIZE;
    positions[node.id] = { x: Math.round(laid.x - size.width / 2), y: Math.round(laid.y - size.height / 2) };
  }
  return positions;
}
