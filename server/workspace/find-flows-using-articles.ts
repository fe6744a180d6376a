import "server-only";
import { z } from "zod";
import type { Prisma } from "../db/generated/client";

/** A flow whose Self-service step ticks an article: in its live version, in its draft, or both. */
export interface ArticleFlowUse {
  flowId: string;
  name: string;
  live: boolean;
  draft: boolean;
}

/** Just enough of a flow document to read the self-service steps' chosen articles; drafts may be half-written. */
const chosenArticlesSchema = z.object({
  nodes: z.array(z.object({ type: z.string(), data: z.looseObject({ articleIds: z.unknown().optional() }).optional() })),
});

/** The article ids a document's self-service steps tick, or null when the document can't be read. */
function chosenArticleIds(document: unknown): Set<string> | null {
  const parsed = chosenArticlesSchema.safeParse(document);
  if (!parsed.success) return null;
  const ids = new Set<string>();
  for (const node of parsed.data.nodes) {
    const chosen = node.type === "self_service" ? node.data?.articleIds : undefined;
    if (Array.isArray(chosen)) for (const id of chosen) if (typeof id === "string") ids.add(id);
  }
  return ids;
}

/**
 * Which of the workspace's flows tick each of `articleIds` in a Self-service
 * step, in the live version and in the draft (archived flows take no chats
 * and do not count). A document that no longer reads counts when its JSON
 * mentions the id at all: better to warn once too often than to strand a
 * flow's customers.
 */
export async function findFlowsUsingArticles(db: Prisma.TransactionClient, workspaceId: string, articleIds: string[]): Promise<Map<string, ArticleFlowUse[]>> {
  const uses = new Map<string, ArticleFlowUse[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return uses;
  const flows = await db.flow.findMany({
    where: { workspaceId, archivedAt: null },
    select: { id: true, name: true, draft: true, publishedVersion: { select: { document: true } } },
    orderBy: { name: "asc" },
  });
  for (const flow of flows) {
    const inDraft = mentions(flow.draft);
    const inLive = flow.publishedVersion ? mentions(flow.publishedVersion.document) : () => false;
    for (const id of articleIds) {
      const live = inLive(id);
      const draft = inDraft(id);
      if (live || draft) uses.get(id)!.push({ flowId: flow.id, name: flow.name, live, draft });
    }
  }
  return uses;
}

function mentions(document: unknown): (articleId: string) => boolean {
  const ids = chosenArticleIds(document);
  if (ids) return (articleId) => ids.has(articleId);
  const text = JSON.stringify(document ?? null);
  return (articleId) => text.includes(JSON.stringify(articleId));
}
