import { z } from "zod";
import { sqlStatement } from "../../db/sql/sql-statement";

export const knowledgeHitRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  rank: z.number(),
  coverage: z.number(),
});

/**
 * The workspace's ($1) published articles matching any word of the question
 * ($2: the words joined by " | " as an english tsquery; $3: the same words
 * joined by spaces), only among $4 when given, best $5 first: ranked by
 * ts_rank_cd (title matches weighted highest), each with its coverage — the
 * share of the question's own words (stemmed, stop words dropped) the article
 * contains; ts_rank_cd orders the hits but does not tell a partial match
 * ("student discount on orders") from an answer. A turn's knowledge search:
 * a named prepared statement on a PostgreSQL server, not Prisma's raw path.
 */
export const searchKnowledgeSql = sqlStatement({
  name: "search_knowledge",
  params: ["text", "text", "text", "text[]?", "int4"],
  row: knowledgeHitRowSchema,
  text: `SELECT "id", "title", "body", ts_rank_cd("searchVector", q, 32)::float8 AS "rank",
  (SELECT count(*) FROM unnest(w.lexemes) AS l WHERE "searchVector" @@ to_tsquery('simple', quote_literal(l)))::float8
    / GREATEST(cardinality(w.lexemes), 1) AS "coverage"
FROM "KnowledgeArticle", to_tsquery('english', $2::text) q,
  (SELECT tsvector_to_array(to_tsvector('english', $3::text)) AS lexemes) w
WHERE "workspaceId" = $1::text AND "published" = true
  AND "searchVector" @@ q
  AND ($4::text[] IS NULL OR "id" = ANY($4::text[]))
ORDER BY "rank" DESC, "title"
LIMIT $5::int4`,
});
