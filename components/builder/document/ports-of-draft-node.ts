import type { PortDefinition } from "@/server/flow/define-node";
import type { FlowDraftNode } from "@/server/flow/draft-schema";
import { nodeCatalog } from "@/server/flow/node-catalog";

/** The exits of a draft node, even while its settings are half-written (an intent without examples keeps its exit). */
export function portsOfDraftNode(node: FlowDraftNode): PortDefinition[] {
  const definition = nodeCatalog[node.type];
  const parsed = definition.data.safeParse(node.data);
  if (parsed.success) return (definition.ports as (data: unknown) => PortDefinition[])(parsed.data);
  const defaults = definition.data.safeParse({});
  try {
    return (definition.ports as (data: unknown) => PortDefinition[])({ ...(defaults.success ? defaults.data : {}), ...node.data });
  } catch {
    return [];
  }
}
