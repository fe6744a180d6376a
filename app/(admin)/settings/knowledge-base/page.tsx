import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { requireAdmin } from "@/server/auth/require-viewer";
import { getDb } from "@/server/db";
import { listKnowledgeArticles } from "@/server/workspace/list-knowledge-articles";

export const metadata: Metadata = { title: "Knowledge base" };

export default async function KnowledgeBasePage() {
  const viewer = await requireAdmin("/settings/knowledge-base");
  const { articles } = await listKnowledgeArticles(await getDb(), viewer.workspaceId);
  return (
    <div className="space-y-4">
      <Alert>
        {articles.length} articles. The bot&apos;s self-service step answers from these; editing them here comes later.
      </Alert>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
        {articles.map((article) => (
          <li key={article.id} className="px-5 py-4">
            <h2 className="font-medium">{article.title}</h2>
            <p className="mt-1 line-clamp-2 text-sm text-slate-600">{article.excerpt}</p>
            <p className="mt-2 flex flex-wrap gap-1">
              {article.tags.map((tag) => (
                <Badge key={tag}>{tag}</Badge>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
