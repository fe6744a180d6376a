import type { Edge, Node } from "@xyflow/react";
import type { PortDefinition } from "@/server/flow/define-node";
import type { FlowDraft, FlowDraftNode } from "@/server/flow/draft-schema";
import { isEntry } from "@/server/flow/flow-graph";
import type { FlowProblem } from "@/server/flow/validate-flow";
import { portsOfDraftNode } from "../document/ports-of-draft-node";

export interface NodeBadges {
  errors: number;
  warnings: number;
  /** The first problem, as the badge's tooltip. */
  message: string | null;
}

export type CanvasNodeData = {
  node: FlowDraftNode;
  ports: PortDefinition[];
  badges: NodeBadges;
  /** The preview conversation is at this node. */
  active: boolean;
  /** Exits that have a connection, joined by spaces (a string keeps the node's identity stable). */
  connected: string;
};
export type CanvasNode = Node<CanvasNodeData, "flow">;

export interface CanvasView {
  selectedNodeIds: ReadonlySet<string>;
  selectedEdgeIds: ReadonlySet<string>;
  problems: FlowProblem[];
  previewNodeId: string | null;
  measured: ReadonlyMap<string, { width: number; height: number }>;
}

const NO_BADGES: NodeBadges = { errors: 0, warnings: 0, message: null };

/**
 * Maps the document (plus the UI state) to React Flow's controlled nodes and
 * edges. Unchanged nodes keep their object identity between calls, so a drag
 * re-renders one node, not three hundred.
 */
export function createReactFlowMapper() {
  const nodeCache = new Map<string, { key: unknown[]; value: CanvasNode }>();
  // Keyed by the node's data: moving a node keeps its exits (and their array) as they were.
  const portCache = new WeakMap<object, PortDefinition[]>();

  const toNodes = (draft: FlowDraft, view: CanvasView): CanvasNode[] => {
    const badges = badgesByNode(view.problems);
    const connected = connectedPorts(draft);
    const seen = new Set<string>();
    const nodes = draft.nodes.map((node) => {
      seen.add(node.id);
      const nodeBadges = badges.get(node.id) ?? NO_BADGES;
      const ports = connected.get(node.id) ?? "";
      const key = [
        node,
        view.selectedNodeIds.has(node.id),
        nodeBadges.errors,
        nodeBadges.warnings,
        nodeBadges.message,
        view.previewNodeId === node.id,
        view.measured.get(node.id),
        ports,
      ];
      const cached = nodeCache.get(node.id);
      if (cached && cached.key.every((part, index) => part === key[index])) return cached.value;
      let exits = portCache.get(node.data);
      if (!exits) portCache.set(node.data, (exits = portsOfDraftNode(node)));
      const value: CanvasNode = {
        id: node.id,
        type: "flow",
        position: node.position,
        data: { node, ports: exits, badges: nodeBadges, active: view.previewNodeId === node.id, connected: ports },
        selected: view.selectedNodeIds.has(node.id),
        deletable: !isEntry(node),
        ...(view.measured.has(node.id) ? { measured: view.measured.get(node.id) } : {}),
      };
      nodeCache.set(node.id, { key, value });
      return value;
    });
    for (const id of nodeCache.keys()) if (!seen.has(id)) nodeCache.delete(id);
    return nodes;
  };

  const edgeCache = new Map<string, { key: unknown[]; value: Edge }>();
  const toEdges = (draft: FlowDraft, view: CanvasView): Edge[] => {
    const broken = new Set(view.problems.filter((problem) => problem.edgeId && problem.severity === "error").map((problem) => problem.edgeId));
    const seen = new Set<string>();
    const edges = draft.edges.map((edge) => {
      seen.add(edge.id);
      const key = [edge, view.selectedEdgeIds.has(edge.id), broken.has(edge.id)];
      const cached = edgeCache.get(edge.id);
      if (cached && cached.key.every((part, index) => part === key[index])) return cached.value;
      const value: Edge = {
        id: edge.id,
        source: edge.source,
        sourceHandle: edge.sourceHandle,
        target: edge.target,
        selected: view.selectedEdgeIds.has(edge.id),
        ...(broken.has(edge.id) ? { className: "tandem-edge-error", style: { stroke: "#dc2626", strokeDasharray: "6 4" } } : {}),
      };
      edgeCache.set(edge.id, { key, value });
      return value;
    });
    for (const id of edgeCache.keys()) if (!seen.has(id)) edgeCache.delete(id);
    return edges;
  };

  return { toNodes, toEdges };
}

function connectedPorts(draft: FlowDraft): Map<string, string> {
  const byNode = new Map<string, string[]>();
  for (const edge of draft.edges) byNode.set(edge.source, [...(byNode.get(edge.source) ?? []), edge.sourceHandle]);
  return new Map([...byNode].map(([nodeId, ports]) => [nodeId, ports.sort().join(" ")]));
}

function badgesByNode(problems: FlowProblem[]): Map<string, NodeBadges> {
  const map = new Map<string, NodeBadges>();
  for (const problem of problems) {
    if (!problem.nodeId) continue;
    const current = map.get(problem.nodeId) ?? { errors: 0, warnings: 0, message: null };
    map.set(problem.nodeId, {
      errors: current.errors + (problem.severity === "error" ? 1 : 0),
      warnings: current.warnings + (problem.severity === "warning" ? 1 : 0),
      message: current.message ?? problem.message,
    });
  }
  return map;
}
