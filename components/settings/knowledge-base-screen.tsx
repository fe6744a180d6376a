"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import type { ArticleStatus } from "@/server/workspace/knowledge-article-schemas";
import type { KnowledgeArticleList } from "@/server/workspace/list-knowledge-articles";
import type { DeletedArticle } from "./delete-article-button";
import { KnowledgeArticleRow } from "./knowledge-article-row";
import { TryKnowledgeQuestion } from "./try-knowledge-question";

const statuses: { id: ArticleStatus; label: string }[] = [
  { id: "all", label: "All" },
  { id: "published", label: "Published" },
  { id: "draft", label: "Drafts" },
];

const newArticleClass = "inline-flex items-center rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700";

/** Settings → Knowledge base: the articles with search, status filter and counts; "Try a question" beside them. */
export function KnowledgeBaseScreen({ initial, notice: initialNotice = null }: { initial: KnowledgeArticleList; notice?: string | null }) {
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<ArticleStatus>("all");
  const [notice, setNotice] = useState<string | null>(initialNotice);
  const search = useDebounced(query.trim(), 250);
  const list = useQuery({
    ...trpc.knowledgeBase.list.queryOptions({ query: search, status }),
    initialData: search === "" && status === "all" ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const data = list.data ?? initial;
  const filtered = search !== "" || status !== "all";
  const onDeleted = ({ title, drafts }: DeletedArticle) =>
    setNotice(
      `Deleted “${title}”.${drafts.length ? ` The ${drafts.length === 1 ? "draft" : "drafts"} of ${drafts.map((d) => `“${d.name}”`).join(", ")} still ${drafts.length === 1 ? "ticks" : "tick"} it: untick it there before publishing.` : ""}`,
    );

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-4">
        <div className="flex items-start justify-between gap-4">
          <p className="text-sm text-slate-600">
            The bot&apos;s Self-service steps answer from <strong>published</strong> articles, matching the customer&apos;s words against titles first, then
            tags, then the body. Drafts stay here and are never shown to customers.
          </p>
          <Link href="/settings/knowledge-base/new" className={`${newArticleClass} shrink-0`}>
            New article
          </Link>
        </div>
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        {list.isError ? <Alert tone="error">Couldn&apos;t refresh the articles: {list.error.message}. Reload the page to try again.</Alert> : null}
        {data.total === 0 ? (
          <EmptyState title="No articles yet">
            <p>
              Articles are the answers your bot can give on its own — how to reset a password, where an order is, what the refund policy says. A Self-service
              step shows the best ones and asks whether they helped, before handing over to a person.
            </p>
            <div className="pt-2">
              <Link href="/settings/knowledge-base/new" className={newArticleClass}>
                Write the first article
              </Link>
            </div>
          </EmptyState>
        ) : (
          <>
            <div className="flex flex-wrap items-end gap-3">
              <div className="min-w-48 flex-1">
                <label htmlFor="article-search" className="block text-sm font-medium text-slate-700">
                  Search articles
                </label>
                <input
                  id="article-search"
                  type="search"
                  value={query}
                  onChange={(event) => setQuery(event.target.value)}
                  placeholder="Words in the title, body or tags"
                  autoComplete="off"
                  className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-100 focus:outline-none"
                />
              </div>
              <div role="group" aria-label="Show" className="flex rounded-md shadow-sm ring-1 ring-slate-300 ring-inset">
                {statuses.map((option) => (
                  <button
                    key={option.id}
                    type="button"
                    aria-pressed={status === option.id}
                    onClick={() => setStatus(option.id)}
                    className={`px-3 py-2 text-sm font-medium first:rounded-l-md last:rounded-r-md ${status === option.id ? "bg-brand-50 text-brand-700" : "bg-white text-slate-700 hover:bg-slate-50"}`}
                  >
                    {option.label} <span className="tabular-nums text-slate-500">{data.counts[option.id]}</span>
                  </button>
                ))}
              </div>
            </div>
            <p role="status" className="text-sm text-slate-500" aria-busy={list.isFetching || undefined}>
              {filtered
                ? `${data.counts[status].toLocaleString()} of ${data.total.toLocaleString()} articles${search ? ` match “${search}”` : ""}.`
                : `${data.total.toLocaleString()} ${data.total === 1 ? "article" : "articles"}: ${data.counts.published.toLocaleString()} published, ${data.counts.draft.toLocaleString()} ${data.counts.draft === 1 ? "draft" : "drafts"}.`}
              {data.truncated ? ` Showing the ${data.articles.length} most recently edited; search to find the others.` : ""}
            </p>
            {data.articles.length === 0 ? (
              <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-8 text-center text-sm text-slate-600">
                <p>
                  No {status === "draft" ? "drafts" : status === "published" ? "published articles" : "articles"}
                  {search ? ` match “${search}”` : " yet"}.
                </p>
                <button
                  type="button"
                  className="mt-2 font-medium text-brand-700 underline"
                  onClick={() => {
                    setQuery("");
                    setStatus("all");
                  }}
                >
                  Show all articles
                </button>
              </div>
            ) : (
              <ul aria-label="Articles" className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
                {data.articles.map((article) => (
                  <KnowledgeArticleRow key={article.id} article={article} onDeleted={onDeleted} />
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      <aside className="space-y-4">
        <TryKnowledgeQuestion />
      </aside>
    </div>
  );
}

/** `value`, once it has stopped changing for `ms`: one search per pause in typing, not per key. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
