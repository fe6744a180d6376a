import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { findFlowsUsingArticles } from "./find-flows-using-articles";
import { findKnowledgeArticle } from "./find-knowledge-article";

/** One article for its editor, with the flows whose Self-service steps tick it (so unpublishing or deleting can warn). */
export async function loadKnowledgeArticle(db: PrismaClient, workspaceId: string, articleId: string) {
  const article = await findKnowledgeArticle(db, workspaceId, articleId);
  const uses = await findFlowsUsingArticles(db, workspaceId, [article.id]);
  return { ...article, usedBy: uses.get(article.id) ?? [] };
}

export type KnowledgeArticleDetail = Awaited<ReturnType<typeof loadKnowledgeArticle>>;
