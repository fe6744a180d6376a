import "server-only";
import type { DbClient } from "../db/db-client";
import { isNodeType, nodeCatalog } from "../flow/node-catalog";

interface NodeCount {
  flowId: string;
  nodeId: string | null;
  count: number;
}

/**
 * Names the nodes handoffs came from: the flow's name and the node's kind as the builder
 * shows it ("Warm handoff"), read from the flow's newest published version (node ids are
 * kept across versions). A node no version has any more is shown by its id.
 */
export async function labelNodes(db: DbClient, workspaceId: string, nodes: NodeCount[]) {
  const flowIds = [...new Set(nodes.map((node) => node.flowId))];
  const flows = await db.flow.findMany({
    where: { id: { in: flowIds }, workspaceId },
    select: { id: true, name: true, versions: { orderBy: { number: "desc" }, take: 1, select: { document: true } } },
  });
  const byFlow = new Map(flows.map((flow) => [flow.id, flow]));
  return nodes.map((node) => {
    const flow = byFlow.get(node.flowId);
    const document = flow?.versions[0]?.document as { nodes?: { id?: unknown; type?: unknown }[] } | undefined;
    const type = document?.nodes?.find((n) => n.id === node.nodeId)?.type;
    const kind = isNodeType(type) ? nodeCatalog[type].label : null;
    return { ...node, flowName: flow?.name ?? "Deleted flow", nodeLabel: node.nodeId ? (kind ? `${kind} (${node.nodeId})` : node.nodeId) : "Inbox (no node)" };
  });
}
