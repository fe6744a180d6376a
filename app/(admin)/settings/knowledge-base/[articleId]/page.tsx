import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KnowledgeArticleEditor } from "@/components/settings/knowledge-article-editor";
import { requireAdmin } from "@/server/auth/require-viewer";
import { getDb } from "@/server/db";
import { ARTICLE_EXCERPT_LENGTH } from "@/server/engine/article-excerpt";
import { DomainError } from "@/server/errors";
import { articleLimits } from "@/server/workspace/knowledge-article-schemas";
import { loadKnowledgeArticle } from "@/server/workspace/load-knowledge-article";

export const metadata: Metadata = { title: "Edit article" };

/** /settings/knowledge-base/[articleId] — edit one article of the viewer's workspace. */
export default async function KnowledgeArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { articleId } = await params;
  const viewer = await requireAdmin(`/settings/knowledge-base/${articleId}`);
  const article = await loadKnowledgeArticle(await getDb(), viewer.workspaceId, articleId).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { created } = await searchParams;
  return <KnowledgeArticleEditor key={article.id} article={article} limits={articleLimits} excerpt={ARTICLE_EXCERPT_LENGTH} justCreated={created === "1"} />;
}
