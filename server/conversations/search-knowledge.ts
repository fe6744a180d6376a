import type { PrismaClient } from "../db/generated/client";
import type { KnowledgeArticle } from "../engine/ports";

/**
 * PostgreSQL full-text search over the workspace's published articles:
 * any of the words may match (so a chatty sentence still finds its article),
 * ranked by ts_rank_cd with title matches weighted highest.
 */
export async function searchKnowledge(
  db: PrismaClient,
  workspaceId: string,
  query: string,
  options: { limit: number; articleIds: string[] },
): Promise<KnowledgeArticle[]> {
  const words = (query.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).slice(0, 30);
  if (words.length === 0) return [];
  const tsquery = words.join(" | ");
  const onlyIds = options.articleIds.length ? options.articleIds : null;
  const rows = await db.$queryRaw<{ id: string; title: string; body: string; rank: number }[]>`
    SELECT "id", "title", "body", ts_rank_cd("searchVector", q, 32) AS rank
    FROM "KnowledgeArticle", to_tsquery('english', ${tsquery}) q
    WHERE "workspaceId" = ${workspaceId} AND "published" = true
      AND "searchVector" @@ q
      AND (${onlyIds}::text[] IS NULL OR "id" = ANY(${onlyIds}::text[]))
    ORDER BY rank DESC, "title"
    LIMIT ${options.limit}`;
  // Weak single-word matches on long questions are noise, not answers.
  return rows.filter((row) => row.rank >= 0.05).map(({ id, title, body }) => ({ id, title, body }));
}
