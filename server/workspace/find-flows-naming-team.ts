import "server-only";
import type { Prisma } from "../db/generated/client";
import { definitionOf } from "../flow/flow-graph";
import { parseFlowDocument } from "../flow/parse-flow-document";

/**
 * The names of the workspace's flows whose live (published) version hands
 * off, routes or books callbacks to the team. A document that no longer
 * parses counts when its JSON mentions the id at all: better to refuse a
 * delete than to strand that flow's customers.
 */
export async function findFlowsNamingTeam(db: Prisma.TransactionClient, workspaceId: string, teamId: string): Promise<string[]> {
  const flows = await db.flow.findMany({
    where: { workspaceId, archivedAt: null, publishedVersionId: { not: null } },
    select: { name: true, publishedVersion: { select: { document: true } } },
    orderBy: { name: "asc" },
  });
  return flows
    .filter((flow) => {
      const parsed = parseFlowDocument(flow.publishedVersion?.document);
      if (!parsed.ok) return JSON.stringify(flow.publishedVersion?.document ?? null).includes(JSON.stringify(teamId));
      return parsed.document.nodes.some((node) => definitionOf(node).teams(node.data).includes(teamId));
    })
    .map((flow) => flow.name);
}
