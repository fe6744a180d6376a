import { flowDocumentSchema, type FlowDocument } from "../schema";

/** An empty canvas: just the Start node, for the admin to build from. */
export function blankFlow(): FlowDocument {
  return flowDocumentSchema.parse({
    version: 1,
    nodes: [{ id: "start", type: "start", position: { x: 250, y: 250 }, data: {} }],
    edges: [],
  });
}
