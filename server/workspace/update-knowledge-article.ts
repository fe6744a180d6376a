import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { findFlowsUsingArticles } from "./find-flows-using-articles";
import { findKnowledgeArticle } from "./find-knowledge-article";
import type { UpdateKnowledgeArticleInput } from "./knowledge-article-schemas";

/**
 * Saves the whole article as the form shows it, unless someone saved it
 * since the form loaded (then CONFLICT: the form keeps what was typed).
 * Unpublishing is allowed even while flows tick the article: their steps
 * skip drafts (and take "No article" when none of their articles is left),
 * and the editor says so before the admin saves.
 */
export async function updateKnowledgeArticle(db: PrismaClient, workspaceId: string, input: UpdateKnowledgeArticleInput) {
  const { articleId, updatedAt, ...changes } = input;
  await findKnowledgeArticle(db, workspaceId, articleId);
  const saved = await db.knowledgeArticle.updateMany({ where: { id: articleId, workspaceId, updatedAt }, data: changes });
  const article = await findKnowledgeArticle(db, workspaceId, articleId);
  if (saved.count === 0) {
    throw new DomainError("CONFLICT", "Someone else saved this article after you opened it. Copy your changes, reload the page, and apply them again.", {
      updatedAt: article.updatedAt.toISOString(),
    });
  }
  const uses = await findFlowsUsingArticles(db, workspaceId, [articleId]);
  return { ...article, usedBy: uses.get(articleId) ?? [] };
}
