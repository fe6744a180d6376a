import { flowDocumentSchema, type FlowDocument } from "@/server/flow/schema";

type NodeSpec = { id: string; type: string; data?: Record<string, unknown> };

/** A small flow from nodes and [source, port, target] edges, parsed (so defaults apply). */
export function buildFlow(nodes: NodeSpec[], edges: [string, string, string][], settings: Record<string, unknown> = {}): FlowDocument {
  return flowDocumentSchema.parse({
    version: 1,
    nodes: nodes.map((node) => ({ position: { x: 0, y: 0 }, data: {}, ...node })),
    edges: edges.map(([source, sourceHandle, target]) => ({ id: `${source}-${sourceHandle}-${target}`, source, sourceHandle, target })),
    settings,
  });
}
