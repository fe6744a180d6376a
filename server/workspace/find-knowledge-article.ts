import "server-only";
import type { Prisma } from "../db/generated/client";
import { DomainError } from "../errors";

/** The columns an article is shown and edited with (searchVector is PostgreSQL's, never read). */
export const knowledgeArticleColumns = { id: true, title: true, body: true, tags: true, published: true, createdAt: true, updatedAt: true } as const;

export const articleNotFound = () => new DomainError("NOT_FOUND", "That article no longer exists. Go back to the knowledge base to see the current articles.");

/** The workspace's article, or NOT_FOUND: another workspace's articles do not exist, as far as the caller can tell. */
export async function findKnowledgeArticle(db: Prisma.TransactionClient, workspaceId: string, articleId: string) {
  const article = await db.knowledgeArticle.findFirst({ where: { id: articleId, workspaceId }, select: knowledgeArticleColumns });
  if (!article) throw articleNotFound();
  return article;
}
