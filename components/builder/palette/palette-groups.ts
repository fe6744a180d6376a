import { nodeGroups, type NodeGroup } from "@/server/flow/define-node";
import { nodeCatalog, nodeTypes, type NodeType } from "@/server/flow/node-catalog";

/** The palette's sections, from the catalog: each type under its group, in catalog order; the flow's entry (Start) is never added. */
export function paletteGroups(): { group: NodeGroup; types: NodeType[] }[] {
  return nodeGroups
    .map((group) => ({ group, types: nodeTypes.filter((type) => nodeCatalog[type].group === group && !nodeCatalog[type].entry) }))
    .filter((section) => section.types.length > 0);
}
