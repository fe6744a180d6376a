import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { hasUnpublishedChanges } from "./has-unpublished-changes";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The flows page: every live flow with its status, who touched it last and how busy it was this week. */
export async function listFlowsForAdmin(db: PrismaClient, workspaceId: string, now: Date) {
  const flows = await db.flow.findMany({
    where: { workspaceId, archivedAt: null },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      name: true,
      slug: true,
      draft: true,
      updatedAt: true,
      updatedBy: { select: { name: true } },
      publishedVersion: { select: { number: true, document: true } },
    },
  });
  const ids = flows.map((flow) => flow.id);
  const [recent, used] = await Promise.all([
    db.conversation.groupBy({ by: ["flowId"], where: { flowId: { in: ids }, createdAt: { gte: new Date(now.getTime() - WEEK_MS) } }, _count: { _all: true } }),
    // Whether deleting will archive: one indexed lookup per flow.
    Promise.all(ids.map((flowId) => db.conversation.findFirst({ where: { flowId }, select: { flowId: true } }))),
  ]);
  const perFlow = new Map(recent.map((row) => [row.flowId, row._count._all]));
  const withConversations = new Set(used.flatMap((row) => (row ? [row.flowId] : [])));
  return flows.map((flow) => ({
    id: flow.id,
    name: flow.name,
    slug: flow.slug,
    publishedVersion: flow.publishedVersion?.number ?? null,
    hasUnpublishedChanges: hasUnpublishedChanges(flow.draft, flow.publishedVersion?.document ?? null),
    updatedAt: flow.updatedAt,
    updatedByName: flow.updatedBy?.name ?? null,
    conversationsLast7Days: perFlow.get(flow.id) ?? 0,
    /** Any conversation ever: deleting archives the flow instead. */
    hasConversations: withConversations.has(flow.id),
    nodeCount: nodeCountOf(flow.draft),
  }));
}

function nodeCountOf(draft: unknown): number {
  const nodes = (draft as { nodes?: unknown } | null)?.nodes;
  return Array.isArray(nodes) ? nodes.length : 0;
}
