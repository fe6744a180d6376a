import type { PrismaClient } from "../db/generated/client";

/** The workspace's knowledge-base articles, newest edit first. */
export function listKnowledgeArticles(db: PrismaClient, workspaceId: string) {
  return db.knowledgeArticle.findMany({
    where: { workspaceId },
    orderBy: [{ updatedAt: "desc" }, { title: "asc" }],
    select: { id: true, title: true, body: true, tags: true, published: true, updatedAt: true },
  });
}
