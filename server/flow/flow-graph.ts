import type { NodeDefinition, PortDefinition } from "./define-node";
import { nodeCatalog } from "./node-catalog";
import type { FlowDocument, FlowEdge, FlowNode } from "./schema";

/** The catalog entry of a node, with its data type erased. */
export function definitionOf(node: FlowNode): NodeDefinition<unknown> {
  return nodeCatalog[node.type] as NodeDefinition<unknown>;
}

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
    return this.document.nodes.find((node) => node.type === "start");
  }

  firstOfType<T extends FlowNode["type"]>(type: T): Extract<FlowNode, { type: T }> | undefined {
    return this.document.nodes.find((node): node is Extract<FlowNode, { type: T }> => node.type === type);
  }
}
