import { nodeTypes, type NodeType } from "@/server/flow/node-catalog";

/** The drag data type that carries a node type from the palette to the canvas. */
export const PALETTE_MIME = "application/x-tandem-node";

export function isNodeType(value: string): value is NodeType {
  return (nodeTypes as readonly string[]).includes(value);
}
