import { z } from "zod";
import { portIdSchema, variableNameSchema } from "./common-schemas";
import { nodeCatalog, nodeTypes, type NodeType } from "./node-catalog";

/** The current version of the flow document; older ones are upgraded by parseFlowDocument. */
export const FLOW_DOCUMENT_VERSION = 1;
export const MAX_NODES = 2000;
export const MAX_EDGES = 4000;

const positionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
const nodeIdSchema = z.string().min(1).max(64);

function nodeSchemaOf<T extends NodeType>(type: T) {
  return z.object({
    id: nodeIdSchema,
    type: z.literal(type),
    position: positionSchema.default({ x: 0, y: 0 }),
    data: nodeCatalog[type].data as (typeof nodeCatalog)[T]["data"],
  });
}

export const flowNodeSchema = z.discriminatedUnion(
  "type",
  nodeTypes.map((type) => nodeSchemaOf(type)) as unknown as [
    ReturnType<typeof nodeSchemaOf<"start">>,
    ...{ [T in NodeType]: ReturnType<typeof nodeSchemaOf<T>> }[NodeType][],
  ],
);
export type FlowNode = z.infer<typeof flowNodeSchema>;
export type FlowNodeOf<T extends NodeType> = Extract<FlowNode, { type: T }>;

export const flowEdgeSchema = z.object({
  id: z.string().min(1).max(64),
  source: nodeIdSchema,
  sourceHandle: z.string().min(1).max(64),
  target: nodeIdSchema,
});
export type FlowEdge = z.infer<typeof flowEdgeSchema>;

const triggerTarget = nodeIdSchema.nullable().default(null);

export const escalationSettingsSchema = z.object({
  /** Where triggers lead unless one names its own node (usually the route or handoff part). */
  defaultTargetNodeId: triggerTarget,
  /** "Talk to a person", typed or pressed: always on. */
  explicitRequest: z.object({ targetNodeId: triggerTarget }).default({ targetNodeId: null }),
  /** Frustrated or urgent messages (the frustration detector's cues, or a sentiment score at or below the threshold). */
  sentiment: z
    .object({
      enabled: z.boolean().default(true),
      /** From -1 (furious) to 1 (delighted); at or below it the trigger fires. */
      threshold: z.number().min(-1).max(1).default(-0.65),
      action: z.enum(["offer", "handoff"]).default("offer"),
      targetNodeId: triggerTarget,
      /** A mood that only went down over this many messages lowers the bar (0 turns it off). */
      trendWindow: z.number().int().min(0).max(10).default(3),
      /** Another escalation-like signal earlier in the conversation (a misunderstood message, a rephrase, a repetition, an earlier sign of frustration) lowers the bar. */
      signalsLowerBar: z.boolean().default(true),
      /** Said before the offer or the handoff; empty: "I'm sorry this is frustrating." (or "I understand this is urgent.") in the customer's language. */
      acknowledgement: z.string().max(300).default(""),
    })
    .default({ enabled: true, threshold: -0.65, action: "offer", targetNodeId: null, trendWindow: 3, signalsLowerBar: true, acknowledgement: "" }),
  lowConfidence: z
    .object({ enabled: z.boolean().default(true), count: z.number().int().min(1).max(10).default(3), targetNodeId: triggerTarget })
    .default({ enabled: true, count: 3, targetNodeId: null }),
  repeated: z.object({ enabled: z.boolean().default(true), targetNodeId: triggerTarget }).default({ enabled: true, targetNodeId: null }),
  /** A customer the host site identified who needed a person within `withinDays`: straight to a person at their first message. */
  repeatContact: z
    .object({ enabled: z.boolean().default(false), withinDays: z.number().int().min(1).max(365).default(7), targetNodeId: triggerTarget })
    .default({ enabled: false, withinDays: 7, targetNodeId: null }),
  /** A customer the host site identified who never chatted before: straight to a person at their first message. */
  newCustomer: z.object({ enabled: z.boolean().default(false), targetNodeId: triggerTarget }).default({ enabled: false, targetNodeId: null }),
  topics: z
    .array(z.object({ id: portIdSchema, keywords: z.array(z.string().min(1).max(60)).min(1).max(50), targetNodeId: triggerTarget }))
    .max(20)
    .default([]),
});

export const flowSettingsSchema = z.object({
  escalation: escalationSettingsSchema.default(escalationSettingsSchema.parse({})),
  variables: z
    .array(z.object({ name: variableNameSchema, description: z.string().max(200).default("") }))
    .max(100)
    .default([]),
  appearance: z
    .object({
      botName: z.string().min(1).max(40).default("Assistant"),
      color: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .default("#2952d9"),
      // https only: the chat page is served over https, and a plain-http picture would be blocked or leak the visitor.
      botAvatarUrl: z
        .url({ protocol: /^https$/, error: "Use an https:// address of a picture." })
        .max(500)
        .optional(),
    })
    .default({ botName: "Assistant", color: "#2952d9" }),
});
export type FlowSettings = z.infer<typeof flowSettingsSchema>;

/** The flow document: one schema for the editor, import, publish and the runtime. */
export const flowDocumentSchema = z.object({
  version: z.literal(FLOW_DOCUMENT_VERSION),
  nodes: z.array(flowNodeSchema).max(MAX_NODES, `A flow can have at most ${MAX_NODES} nodes.`),
  edges: z.array(flowEdgeSchema).max(MAX_EDGES, `A flow can have at most ${MAX_EDGES} connections.`),
  settings: flowSettingsSchema.default(flowSettingsSchema.parse({})),
});
export type FlowDocument = z.infer<typeof flowDocumentSchema>;
