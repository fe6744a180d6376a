import { z } from "zod";
import { nodeTypes } from "./node-catalog";
import { FLOW_DOCUMENT_VERSION, flowEdgeSchema, flowSettingsSchema, MAX_EDGES, MAX_NODES } from "./schema";

/** A draft bigger than this (as JSON) is refused: the editor and the runtime stay fast. */
export const MAX_DRAFT_BYTES = 2 * 1024 * 1024;

/**
 * A draft node: like a published one, except that its settings may be
 * half-written (an empty message while the admin types). The validator
 * reports such fields; publishing refuses them.
 */
export const flowDraftNodeSchema = z.object({
  id: z.string().min(1).max(64),
  type: z.enum(nodeTypes, "Unknown node type."),
  position: z.object({ x: z.number().finite(), y: z.number().finite() }),
  data: z.record(z.string(), z.unknown()),
});
export type FlowDraftNode = z.infer<typeof flowDraftNodeSchema>;

/** The document the builder edits and autosaves. */
export const flowDraftSchema = z.object({
  version: z.literal(FLOW_DOCUMENT_VERSION),
  nodes: z.array(flowDraftNodeSchema).max(MAX_NODES, `A flow can have at most ${MAX_NODES} nodes.`),
  edges: z.array(flowEdgeSchema).max(MAX_EDGES, `A flow can have at most ${MAX_EDGES} connections.`),
  settings: flowSettingsSchema,
});
export type FlowDraft = z.infer<typeof flowDraftSchema>;
