import "server-only";
import { searchKnowledge } from "../conversations/search-knowledge";
import type { PrismaClient } from "../db/generated/client";
import { articleExcerpt } from "../engine/article-excerpt";
import { MAX_ARTICLES_SHOWN } from "../flow/nodes/self-service";
import type { TryKnowledgeSearchInput } from "./knowledge-article-schemas";

/**
 * "Try a question": what a Self-service step searching the whole knowledge
 * base would pick for this customer message — the runtime's own search
 * (published articles only, best first), so admins can tune titles and tags.
 */
export async function tryKnowledgeSearch(db: PrismaClient, workspaceId: string, input: TryKnowledgeSearchInput) {
  const articles = await searchKnowledge(db, workspaceId, input.question, { limit: MAX_ARTICLES_SHOWN, articleIds: [] });
  return { question: input.question, articles: articles.map(({ id, title, body }) => ({ id, title, excerpt: articleExcerpt(body) })) };
}
