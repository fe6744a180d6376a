"use client";

import type { BuilderContext } from "../../builder-context";
import { errorClass, hintClass } from "./control-styles";

export interface ArticlePickerProps {
  value: string[];
  onChange(articleIds: string[]): void;
  articles: BuilderContext["articles"];
  error?: string | undefined;
}

/** Ticks the articles to search; none ticked means the whole knowledge base. */
export function ArticlePicker({ value, onChange, articles, error }: ArticlePickerProps) {
  const chosen = new Set(value);
  const known = new Set(articles.map((article) => article.id));
  const missing = value.filter((id) => !known.has(id));
  const drafts = articles.filter((article) => !article.published && chosen.has(article.id)).length;
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((other) => other !== id));

  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700">Articles to search</legend>
      <p className={hintClass}>
        {value.length === 0
          ? "None ticked: the bot searches the whole knowledge base."
          : `Only the ${value.length} ticked article${value.length === 1 ? "" : "s"} are searched.`}
      </p>
      {articles.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No articles yet: write some under Settings → Knowledge base.</p>
      ) : (
        <ul className="mt-2 max-h-48 space-y-1 overflow-auto rounded-md border border-slate-200 p-2">
          {articles.map((article) => (
            <li key={article.id}>
              <label className="flex items-start gap-2 text-sm text-slate-700">
                <input
                  type="checkbox"
                  checked={chosen.has(article.id)}
                  onChange={(event) => toggle(article.id, event.target.checked)}
                  className="mt-0.5 size-4 accent-brand-600"
                />
                <span className={article.published ? undefined : "text-slate-500"}>
                  {article.title}
                  {article.published ? null : <span className="ml-1 rounded bg-amber-50 px-1 text-xs text-amber-800">Draft, not searched</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {missing.length ? (
        <p className="mt-1 text-xs text-amber-700">
          {missing.length} ticked article{missing.length === 1 ? " was" : "s were"} deleted.{" "}
          <button type="button" className="underline" onClick={() => onChange(value.filter((id) => known.has(id)))}>
            Untick {missing.length === 1 ? "it" : "them"}
          </button>
        </p>
      ) : null}
      {drafts ? (
        <p className="mt-1 text-xs text-amber-700">
          {drafts} ticked article{drafts === 1 ? " is a draft" : "s are drafts"}: the bot skips {drafts === 1 ? "it" : "them"} until published in Settings →
          Knowledge base.
        </p>
      ) : null}
      {error ? <p className={errorClass}>{error}</p> : null}
    </fieldset>
  );
}
