import type { FlowDraftNode } from "@/server/flow/draft-schema";
import { nodeCatalog, type NodeType } from "@/server/flow/node-catalog";

/** A node of a type with its default settings, as the palette adds it. */
export function newNode(type: NodeType, id: string, position: { x: number; y: number }): FlowDraftNode {
  const parsed = nodeCatalog[type].data.safeParse({});
  return { id, type, position, data: parsed.success ? (parsed.data as Record<string, unknown>) : {} };
}
