import type { PortDefinition } from "@/server/flow/define-node";
import type { FlowDraftNode } from "@/server/flow/draft-schema";
import { definitionOf } from "@/server/flow/flow-graph";
import { readDraftData } from "@/server/flow/read-draft-data";

/** The exits of a draft node, even while its settings are half-written (an intent without examples keeps its exit). */
export function portsOfDraftNode(node: FlowDraftNode): PortDefinition[] {
  return definitionOf(node).ports(readDraftData(node.type, node.data));
}
