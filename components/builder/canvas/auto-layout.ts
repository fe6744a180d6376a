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
  sizes: ReadonlyMap<string, { width: number; height: number }>,
  portOrder: (nodeId: string, port: string) => number,
): Map<string, { x: number; y: number }> {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: "LR", nodesep: 48, ranksep: 110, edgesep: 24, marginx: 40, marginy: 40 });
  graph.setDefaultEdgeLabel(() => ({}));
  // dagre keys nodes in plain objects (`id in nodes`): it gets names of ours, never an imported id like "constructor".
  const keys = new Map(draft.nodes.map((node, index) => [node.id, `n${index}`]));
  for (const node of draft.nodes) graph.setNode(keys.get(node.id)!, { ...(sizes.get(node.id) ?? DEFAULT_NODE_SIZE) });
  const edges = [...draft.edges].sort((a, b) => portOrder(a.source, a.sourceHandle) - portOrder(b.source, b.sourceHandle));
  for (const [index, edge] of edges.entries()) {
    const source = keys.get(edge.source);
    const target = keys.get(edge.target);
    if (source && target) graph.setEdge(source, target, {}, `e${index}`);
  }
  layout(graph);
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of draft.nodes) {
    const laid = graph.node(keys.get(node.id)!);
    const size = sizes.get(node.id) ?? DEFAULT_NODE_SIZE;
    positions.set(node.id, { x: Math.round(laid.x - size.width / 2), y: Math.round(laid.y - size.height / 2) });
  }
  return positions;
}
