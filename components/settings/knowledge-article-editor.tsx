"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { formatRelativeTime } from "@/components/flows/format-relative-time";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { articleLimits } from "@/server/workspace/knowledge-article-schemas";
import type { KnowledgeArticleDetail } from "@/server/workspace/load-knowledge-article";
import { ArticleBodyField } from "./article-body-field";
import { ArticleFlowUses, flowNames } from "./article-flow-uses";
import { DeleteArticleButton } from "./delete-article-button";
import { KnowledgeArticleFields, type ArticleValues } from "./knowledge-article-fields";
import { parseTagList } from "./tag-list";
import { trpcErrorFields } from "./trpc-error-fields";
import { TryKnowledgeQuestion } from "./try-knowledge-question";
import { useRefreshKnowledgeBase } from "./use-refresh-knowledge-base";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";

export interface KnowledgeArticleEditorProps {
  /** null: a new article. */
  article: KnowledgeArticleDetail | null;
  limits: typeof articleLimits;
  /** How many characters of the body the chat quotes. */
  excerpt: number;
  justCreated?: boolean;
}

const valuesOf = (article: KnowledgeArticleDetail | null): ArticleValues =>
  article
    ? { title: article.title, body: article.body, tags: article.tags.join(", "), published: article.published }
    : { title: "", body: "", tags: "", published: true };
const same = (a: ArticleValues, b: ArticleValues) => a.title === b.title && a.body === b.body && a.tags === b.tags && a.published === b.published;
const savedWords = (published: boolean) =>
  published ? "Saved. The bot answers with it from the next customer message." : "Saved as a draft: the bot doesn't use it until you publish it.";

/** Writes or edits one article: the form, what the article is used by, "Try a question", and Delete. */
export function KnowledgeArticleEditor({ article: initial, limits, excerpt, justCreated = false }: KnowledgeArticleEditorProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = useRefreshKnowledgeBase();
  const [article, setArticle] = useState(initial);
  const [values, setValues] = useState(() => valuesOf(initial));
  const [baseline, setBaseline] = useState(() => valuesOf(initial));
  const [saved, setSaved] = useState<string | null>(justCreated && initial ? `Created. ${savedWords(initial.published)}` : null);
  // What the last save sent: what is typed while it is on its way is kept, not replaced by the server's copy.
  const submitted = useRef<ArticleValues | null>(null);
  const create = useMutation(
    trpc.knowledgeBase.create.mutationOptions({
      onSuccess: async (created) => {
        setBaseline(valuesOf(created));
        await refresh();
        router.replace(`/settings/knowledge-base/${created.id}?created=1`);
      },
    }),
  );
  const update = useMutation(
    trpc.knowledgeBase.update.mutationOptions({
      onSuccess: async (next) => {
        setArticle(next);
        const sent = submitted.current;
        setValues((current) => (sent && same(current, sent) ? valuesOf(next) : current));
        setBaseline(valuesOf(next));
        setSaved(savedWords(next.published));
        await refresh();
      },
    }),
  );
  const save = article ? update : create;
  const { message, fields } = trpcErrorFields(save.error);
  const dirty = !same(values, baseline);
  useUnsavedChangesWarning(dirty, "Leave this article? Your changes aren't saved.");
  const change = (next: Partial<ArticleValues>) => {
    setSaved(null);
    setValues((current) => ({ ...current, ...next }));
  };
  const submit = () => {
    submitted.current = values;
    const input = { title: values.title, body: values.body, tags: parseTagList(values.tags), published: values.published };
    if (article) update.mutate({ ...input, articleId: article.id, updatedAt: article.updatedAt });
    else create.mutate(input);
  };
  const live = article?.usedBy.filter((use) => use.live || use.running) ?? [];
  // Created: the page is on its way to the article's own address; a second click would create it twice.
  const busy = save.isPending || create.isSuccess;

  return (
    <div className="space-y-4">
      <Link href="/settings/knowledge-base" className="text-sm font-medium text-brand-700 hover:underline">
        ← All articles
      </Link>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <form
          noValidate
          aria-label={article ? `Edit ${article.title}` : "New article"}
          className="min-w-0 space-y-4 rounded-xl border border-slate-200 bg-white p-5"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <h2 className="text-base font-semibold">{article ? "Edit article" : "New article"}</h2>
          {message ? <Alert tone="error">{message}</Alert> : null}
          <KnowledgeArticleFields values={values} onChange={change} fields={fields} limits={limits}>
            <ArticleBodyField value={values.body} onChange={(body) => change({ body })} max={limits.body} excerpt={excerpt} error={fields.body} />
          </KnowledgeArticleFields>
          {!values.published && live.length ? (
            <div role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {flowNames(live)} {live.length === 1 ? "ticks" : "tick"} this article in a Self-service step customers reach. As a draft it is skipped there, and
              a step left with none of its articles takes its <strong>No article</strong> exit.
            </div>
          ) : null}
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
              {busy ? "Saving…" : article ? "Save article" : "Create article"}
            </Button>
            <Link href="/settings/knowledge-base" className="rounded-md px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900">
              {article ? "Back to articles" : "Cancel"}
            </Link>
            {saved ? (
              <span role="status" className="text-sm text-emerald-700">
                {saved}
              </span>
            ) : dirty ? (
              <span className="text-sm text-slate-500">Unsaved changes</span>
            ) : null}
          </div>
        </form>
        <aside className="space-y-4">
          {article ? (
            <section aria-label="About this article" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 text-sm text-slate-600">
              <p className="flex items-center gap-2">Status {article.published ? <Badge tone="brand">Published</Badge> : <Badge tone="amber">Draft</Badge>}</p>
              <p>
                Updated{" "}
                <time dateTime={article.updatedAt.toISOString()} title={article.updatedAt.toLocaleString()} suppressHydrationWarning>
                  {formatRelativeTime(article.updatedAt)}
                </time>
              </p>
              <div>
                <p>
                  {article.usedBy.length ? "Ticked in the Self-service steps of:" : "No flow ticks it: steps that search the whole knowledge base can use it."}
                </p>
                {article.usedBy.length ? <ArticleFlowUses uses={article.usedBy} /> : null}
              </div>
              <DeleteArticleButton article={article} onDeleted={() => router.push("/settings/knowledge-base?deleted=1")} />
            </section>
          ) : null}
          <TryKnowledgeQuestion />
        </aside>
      </div>
    </div>
  );
}
