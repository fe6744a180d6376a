import type { KnowledgeArticle } from "../engine/ports";
import type { DbClient } from "../db/db-client";
import { searchKnowledgeSql } from "./sql/search-knowledge-sql";

/**
 * PostgreSQL full-text search over the workspace's published articles:
 * any of the words may match (so a chatty sentence still finds its article),
 * ranked by ts_rank_cd with title matches weighted highest, each with its
 * relevance (how much of the question it covers).
 */
export async function searchKnowledge(
  db: DbClient,
  workspaceId: string,
  query: string,
  options: { limit: number; articleIds: string[] },
): Promise<KnowledgeArticle[]> {
  const words = (query.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).slice(0, 30);
  if (words.length === 0) return [];
  const onlyIds = options.articleIds.length ? options.articleIds : null;
  const rows = await searchKnowledgeSql.query(db, workspaceId, words.join(" | "), words.join(" "), onlyIds, options.limit);
  // Weak single-word matches on long questions are noise, not answers; the Self-service step sets its own bar on relevance.
  return rows
    .filter((row) => row.rank >= 0.05)
    .map(({ id, title, body, coverage }) => ({ id, title, body, relevance: Math.round(Number(coverage) * 100) / 100 }));
}
