import type { FlowDraft, FlowDraftNode } from "@/server/flow/draft-schema";
import { isEntry } from "@/server/flow/flow-graph";
import type { FlowEdge } from "@/server/flow/schema";

/** Copied nodes and the connections between them (never the Start node: a flow has one). */
export interface Clipboard {
  nodes: FlowDraftNode[];
  edges: FlowEdge[];
}

export function copySelection(draft: FlowDraft, nodeIds: Iterable<string>): Clipboard {
  const ids = new Set(nodeIds);
  const nodes = draft.nodes.filter((node) => ids.has(node.id) && !isEntry(node));
  const kept = new Set(nodes.map((node) => node.id));
  const edges = draft.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  return structuredClone({ nodes, edges });
}

/**
 * Pastes a clipboard with fresh ids (edges remapped to the new nodes), moved
 * by `offset` so the copies do not hide the originals.
 */
export function pasteClipboard(
  draft: FlowDraft,
  clipboard: Clipboard,
  makeId: (prefix: string) => string,
  offset: { x: number; y: number },
): { draft: FlowDraft; nodeIds: string[] } {
  const idMap = new Map<string, string>();
  for (const node of clipboard.nodes) idMap.set(node.id, makeId(node.type));
  const nodes = clipboard.nodes.map((node) => ({
    ...structuredClone(node),
    id: idMap.get(node.id)!,
    position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
  }));
  const edges = clipboard.edges.map((edge) => ({ ...edge, id: makeId("edge"), source: idMap.get(edge.source)!, target: idMap.get(edge.target)! }));
  return { draft: { ...draft, nodes: [...draft.nodes, ...nodes], edges: [...draft.edges, ...edges] }, nodeIds: nodes.map((node) => node.id) };
}
