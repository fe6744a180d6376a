import type { z } from "zod";

/** The palette's sections, in the order it shows them. */
export const nodeGroups = ["start", "conversation", "understanding", "escalation", "integrations", "end"] as const;
export type NodeGroup = (typeof nodeGroups)[number];

export interface PortDefinition {
  id: string;
  label: string;
  /** A path must continue from a required port; optional ones may stay unconnected. */
  required: boolean;
  /** Where it usually leads, said when a required port is left open. */
  hint?: string;
}

/** How a node brings in a person. */
export type PersonReach<Data> =
  /** Picks the team for the handoffs after it. */
  | { via: "route" }
  /** Queues the conversation for a team's agents, or books a call back from one: `team` is that team ("" = the team a route chose). */
  | { via: "handoff" | "callback"; team(data: Data): string };

/**
 * How each field of a node's data reads while a draft is half-written: the
 * field's type without its rules (lengths, ranges, patterns). A value of the
 * right type is kept as typed; a missing one, or one of the wrong type, takes
 * the field's default from `data`. Inside lists, each field of an item needs
 * its own fallback (see draft-fields.ts).
 */
export type DraftFields<Data> = { [K in keyof Data]-?: z.ZodType<Data[K]> };

/** An intent as a node defines it: the NLU is trained on its examples. */
export interface IntentSpec {
  id: string;
  name: string;
  examples: string[];
}

/** What a node file declares; defineNode fills in the facts it leaves out. */
export interface NodeSpec<Data> {
  group: NodeGroup;
  label: string;
  description: string;
  /** The published shape; every field has a default, so `data.parse({})` is the node as the palette adds it. */
  data: z.ZodType<Data>;
  draft: NoInfer<DraftFields<Data>>;
  ports(data: Data): PortDefinition[];
  /** Whether the node can pause the flow for the customer (or a person): cycles through it are safe. */
  waits: boolean;
  /** Template texts, to check their {{variables}}. */
  texts(data: Data): string[];
  /** Variables the node writes. */
  writes(data: Data): string[];
  /** Teams the node names ("" = the team chosen by a route node). */
  teams(data: Data): string[];
  /** The flow's one way in (default false): nothing connects into it, and the builder never adds, copies or deletes it. */
  entry?: boolean;
  /** How the node brings in a person (default: it does not). */
  reachesPerson?: PersonReach<Data>;
  /** Whether escalation triggers are checked on the replies it waits for (default true; off where the reply fills in a form). */
  triggersWhileWaiting?: boolean;
  /** Knowledge-base articles the node is limited to (default none: the whole knowledge base, or none used). */
  articles?(data: Data): string[];
  /** Intents the node recognises, trained when the flow is published (default none). */
  intents?(data: Data): IntentSpec[];
}

/** Everything the flow layer knows about one node type; the engine adds its executor, the builder its look and panel. */
export interface NodeDefinition<Data = unknown> extends Required<Omit<NodeSpec<Data>, "reachesPerson">> {
  reachesPerson: PersonReach<Data> | null;
}

const none = () => [];

/** Checks a node file against its data schema and fills in the facts it leaves out. */
export function defineNode<Data>(spec: NodeSpec<Data>): NodeDefinition<Data> {
  return { entry: false, triggersWhileWaiting: true, articles: none, intents: none, ...spec, reachesPerson: spec.reachesPerson ?? null };
}

export const port = (id: string, label: string, options: { required?: boolean; hint?: string } = {}): PortDefinition => ({
  id,
  label,
  required: options.required ?? true,
  ...(options.hint ? { hint: options.hint } : {}),
});
