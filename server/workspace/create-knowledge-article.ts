import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { knowledgeArticleColumns } from "./find-knowledge-article";
import type { CreateKnowledgeArticleInput } from "./knowledge-article-schemas";

/** A new article; published, the bot's self-service steps can answer with it from the next message on (PostgreSQL builds its search vector). */
export async function createKnowledgeArticle(db: PrismaClient, workspaceId: string, input: CreateKnowledgeArticleInput) {
  const article = await db.knowledgeArticle.create({ data: { workspaceId, ...input }, select: knowledgeArticleColumns });
  return { ...article, usedBy: [] };
}
