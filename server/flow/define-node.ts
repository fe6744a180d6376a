import type { z } from "zod";

export type NodeGroup = "start" | "conversation" | "understanding" | "escalation" | "integrations" | "end";

export interface PortDefinition {
  id: string;
  label: string;
  /** A path must continue from a required port; optional ones may stay unconnected. */
  required: boolean;
}

/** Everything the flow layer knows about one node type; the engine adds its executor. */
export interface NodeDefinition<Data = unknown> {
  group: NodeGroup;
  label: string;
  description: string;
  data: z.ZodType<Data>;
  ports(data: Data): PortDefinition[];
  /** Whether the node can pause the flow for the customer (or a person): cycles through it are safe. */
  waits: boolean;
  /** Template texts, to check their {{variables}}. */
  texts(data: Data): string[];
  /** Variables the node writes. */
  writes(data: Data): string[];
  /** Teams the node names ("" = the team chosen by a route node). */
  teams(data: Data): string[];
}

/** Identity helper that checks a definition against its data schema. */
export function defineNode<Data>(definition: NodeDefinition<Data>): NodeDefinition<Data> {
  return definition;
}

export const port = (id: string, label: string, required = true): PortDefinition => ({ id, label, required });
