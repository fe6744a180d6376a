import Link from "next/link";
import { formatRelativeTime } from "@/components/flows/format-relative-time";
import { Badge } from "@/components/ui/badge";
import type { KnowledgeArticleSummary } from "@/server/workspace/list-knowledge-articles";
import { DeleteArticleButton, type DeletedArticle } from "./delete-article-button";

/** One article in the list: title, status, excerpt, tags, when it was edited, which flows tick it; Edit and Delete. */
export function KnowledgeArticleRow({ article, onDeleted }: { article: KnowledgeArticleSummary; onDeleted: (deleted: DeletedArticle) => void }) {
  const href = `/settings/knowledge-base/${article.id}`;
  return (
    <li aria-label={`Article ${article.title}`} className="flex flex-wrap items-start justify-between gap-3 px-5 py-4">
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-medium text-slate-900">
            <Link href={href} className="hover:text-brand-700 hover:underline">
              {article.title}
            </Link>
          </h3>
          {article.published ? <Badge tone="brand">Published</Badge> : <Badge tone="amber">Draft</Badge>}
        </div>
        <p className="line-clamp-2 text-sm text-slate-600 [overflow-wrap:anywhere]">{article.excerpt}</p>
        {article.tags.length ? (
          <p className="flex flex-wrap gap-1" aria-label="Tags">
            {article.tags.map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
          </p>
        ) : null}
        <p className="text-xs text-slate-500">
          Updated {/* Server and browser may differ in clock and locale: the browser's words win. */}
          <time dateTime={article.updatedAt.toISOString()} title={article.updatedAt.toLocaleString()} suppressHydrationWarning>
            {formatRelativeTime(article.updatedAt)}
          </time>
          {" · "}
          {article.characters.toLocaleString()} characters
          {article.usedBy.length
            ? ` · ticked in ${article.usedBy.map((use) => `${use.name}${use.live ? "" : use.running ? " (chats in progress)" : " (draft)"}`).join(", ")}`
            : null}
        </p>
      </div>
      <div className="flex gap-2">
        <Link
          href={href}
          aria-label={`Edit ${article.title}`}
          className="inline-flex items-center rounded-md bg-white px-3 py-2 text-sm font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
        >
          Edit
        </Link>
        <DeleteArticleButton article={article} onDeleted={onDeleted} />
      </div>
    </li>
  );
}
