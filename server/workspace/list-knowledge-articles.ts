import "server-only";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { findFlowsUsingArticles } from "./find-flows-using-articles";
import { listKnowledgeArticlesInputSchema, type ListKnowledgeArticlesInput } from "./knowledge-article-schemas";

/** Rows on one page; a bot's knowledge base is rarely bigger, and the search narrows it. */
export const ARTICLE_LIST_LIMIT = 200;
const EXCERPT = 240;

/** LIKE's wildcards, taken literally: Prisma passes `contains` into the pattern as it is. */
const literal = (word: string) => word.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Every word of the admin's search must appear in the title, the body or a
 * tag, ignoring case ("back" finds the tag "money back"). Tags are matched
 * here rather than in SQL — Prisma has no "an element contains" filter —
 * from the workspace's tags, which are few (at most 10 per article).
 */
async function matching(db: PrismaClient, workspaceId: string, query: string): Promise<Prisma.KnowledgeArticleWhereInput[]> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10);
  if (words.length === 0) return [];
  const tagged = await db.knowledgeArticle.findMany({ where: { workspaceId, tags: { isEmpty: false } }, select: { id: true, tags: true } });
  return words.map((word) => ({
    OR: [
      { title: { contains: literal(word), mode: "insensitive" } },
      { body: { contains: literal(word), mode: "insensitive" } },
      { id: { in: tagged.filter((article) => article.tags.some((tag) => tag.includes(word))).map((article) => article.id) } },
    ],
  }));
}

const excerptOf = (body: string) => {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT).trimEnd()}…` : flat;
};

/**
 * Settings → Knowledge base: the workspace's articles matching the search
 * and status, newest edit first, each with an excerpt and the flows that
 * tick it; the counts per status for the same search; and how many articles
 * the workspace has at all (to tell "none yet" from "none match").
 */
export async function listKnowledgeArticles(db: PrismaClient, workspaceId: string, input: ListKnowledgeArticlesInput = {}) {
  const { query, status } = listKnowledgeArticlesInputSchema.parse(input);
  const searched: Prisma.KnowledgeArticleWhereInput = { workspaceId, AND: await matching(db, workspaceId, query) };
  const where: Prisma.KnowledgeArticleWhereInput = status === "all" ? searched : { ...searched, published: status === "published" };
  const [rows, byStatus, total] = await Promise.all([
    db.knowledgeArticle.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { title: "asc" }],
      take: ARTICLE_LIST_LIMIT + 1,
      select: { id: true, title: true, body: true, tags: true, published: true, updatedAt: true },
    }),
    db.knowledgeArticle.groupBy({ by: ["published"], where: searched, _count: { _all: true } }),
    db.knowledgeArticle.count({ where: { workspaceId } }),
  ]);
  const shown = rows.slice(0, ARTICLE_LIST_LIMIT);
  const uses = await findFlowsUsingArticles(
    db,
    workspaceId,
    shown.map((row) => row.id),
  );
  const published = byStatus.find((group) => group.published)?._count._all ?? 0;
  const drafts = byStatus.find((group) => !group.published)?._count._all ?? 0;
  return {
    articles: shown.map(({ body, ...row }) => ({ ...row, excerpt: excerptOf(body), characters: body.length, usedBy: uses.get(row.id) ?? [] })),
    counts: { all: published + drafts, published, draft: drafts },
    total,
    truncated: rows.length > ARTICLE_LIST_LIMIT,
  };
}

export type KnowledgeArticleList = Awaited<ReturnType<typeof listKnowledgeArticles>>;
export type KnowledgeArticleSummary = KnowledgeArticleList["articles"][number];
