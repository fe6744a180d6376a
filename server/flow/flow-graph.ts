import type { NodeDefinition, PersonReach, PortDefinition } from "./define-node";
import { nodeCatalog, nodeTypes, type NodeType } from "./node-catalog";
import type { FlowDocument, FlowEdge, FlowNode } from "./schema";

/** The catalog entry of a node (published or draft), with its data type erased. */
export function definitionOf(node: { type: NodeType }): NodeDefinition<unknown> {
  return nodeCatalog[node.type] as NodeDefinition<unknown>;
}

/** Whether the node is the flow's way in (the Start node). */
export const isEntry = (node: { type: NodeType }) => definitionOf(node).entry;

/** How the node brings in a person, if it does. */
export const reachOf = (node: FlowNode): PersonReach<unknown> | null => definitionOf(node).reachesPerson;

export function portsOf(node: FlowNode): PortDefinition[] {
  return definitionOf(node).ports(node.data);
}

/** Lookups over a flow document, built once per document. */
export class FlowGraph {
  readonly nodes = new Map<string, FlowNode>();
  /** `${source}:${sourceHandle}` → edge. */
  private readonly byPort = new Map<string, FlowEdge>();

  constructor(readonly document: FlowDocument) {
    for (const node of document.nodes) this.nodes.set(node.id, node);
    for (const edge of document.edges) {
      const key = `${edge.source}:${edge.sourceHandle}`;
      if (!this.byPort.has(key)) this.byPort.set(key, edge);
    }
  }

  node(id: string): FlowNode | undefined {
    return this.nodes.get(id);
  }

  /** The node a port leads to, if connected. */
  next(nodeId: string, port: string): FlowNode | undefined {
    const edge = this.byPort.get(`${nodeId}:${port}`);
    return edge ? this.nodes.get(edge.target) : undefined;
  }

  start(): FlowNode | undefined {
    return this.document.nodes.find(isEntry);
  }

  /** The first node that brings in a person this way, by type in catalog order (a warm handoff before a cold one), then in document order. */
  firstReaching(via: PersonReach<unknown>["via"]): FlowNode | undefined {
    for (const type of nodeTypes) {
      if (nodeCatalog[type].reachesPerson?.via !== via) continue;
      const node = this.document.nodes.find((candidate) => candidate.type === type);
      if (node) return node;
    }
    return undefined;
  }
}
