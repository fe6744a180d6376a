import type { Metadata } from "next";
import { KnowledgeArticleEditor } from "@/components/settings/knowledge-article-editor";
import { requireAdmin } from "@/server/auth/require-viewer";
import { ARTICLE_EXCERPT_LENGTH } from "@/server/engine/article-excerpt";
import { articleLimits } from "@/server/workspace/knowledge-article-schemas";

export const metadata: Metadata = { title: "New article" };

/** /settings/knowledge-base/new — write an article. */
export default async function NewKnowledgeArticlePage() {
  await requireAdmin("/settings/knowledge-base/new");
  return <KnowledgeArticleEditor article={null} limits={articleLimits} excerpt={ARTICLE_EXCERPT_LENGTH} />;
}
