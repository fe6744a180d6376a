import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { loadFlowVersion } from "../conversations/load-flow-version";
import { flowVariableNames } from "../flow/flow-variable-names";

/** The variables the workspace's published flows can hold, for the priority rules' variable picker (a rule may name others too). */
export async function listFlowVariables(db: PrismaClient, workspaceId: string): Promise<string[]> {
  const flows = await db.flow.findMany({ where: { workspaceId, archivedAt: null, publishedVersionId: { not: null } }, select: { publishedVersionId: true } });
  const names = new Set<string>();
  for (const flow of flows) {
    const document = await loadFlowVersion(db, flow.publishedVersionId!).catch(() => null);
    for (const name of document ? flowVariableNames(document) : []) names.add(name);
  }
  return [...names].sort();
}
