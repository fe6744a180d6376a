import type { DbClient } from "../db/db-client";

/** The workspace's flows with their live version, for the API and the flows list. */
export async function listFlows(db: DbClient, workspaceId: string) {
  const flows = await db.flow.findMany({
    where: { workspaceId, archivedAt: null },
    orderBy: { updatedAt: "desc" },
    include: { publishedVersion: { select: { number: true, publishedAt: true } } },
  });
  return flows.map((flow) => ({
    id: flow.id,
    name: flow.name,
    slug: flow.slug,
    publishedVersion: flow.publishedVersion?.number ?? null,
    publishedAt: flow.publishedVersion?.publishedAt.toISOString() ?? null,
    updatedAt: flow.updatedAt.toISOString(),
  }));
}
