import type { KnowledgeArticle } from "../engine/ports";
import type { DbClient } from "../db/db-client";

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
  const tsquery = words.join(" | ");
  const onlyIds = options.articleIds.length ? options.articleIds : null;
  // Relevance: the share of the question's own words (stemmed, stop words dropped) that the article contains.
  // ts_rank_cd orders the hits but does not tell a partial match ("student discount on orders") from an answer.
  const rows = await db.$queryRaw<{ id: string; title: string; body: string; rank: number; coverage: number }[]>`
    SELECT "id", "title", "body", ts_rank_cd("searchVector", q, 32) AS rank,
      (SELECT count(*) FROM unnest(w.lexemes) AS l WHERE "searchVector" @@ to_tsquery('simple', quote_literal(l)))::float8
        / GREATEST(cardinality(w.lexemes), 1) AS coverage
    FROM "KnowledgeArticle", to_tsquery('english', ${tsquery}) q,
      (SELECT tsvector_to_array(to_tsvector('english', ${words.join(" ")})) AS lexemes) w
    WHERE "workspaceId" = ${workspaceId} AND "published" = true
      AND "searchVector" @@ q
      AND (${onlyIds}::text[] IS NULL OR "id" = ANY(${onlyIds}::text[]))
    ORDER BY rank DESC, "title"
    LIMIT ${options.limit}`;
  // Weak single-word matches on long questions are noise, not answers; the Self-service step sets its own bar on relevance.
  return rows
    .filter((row) => row.rank >= 0.05)
    .map(({ id, title, body, coverage }) => ({ id, title, body, relevance: Math.round(Number(coverage) * 100) / 100 }));
}
