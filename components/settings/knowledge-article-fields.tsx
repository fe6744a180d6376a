import { useId } from "react";
import { Field } from "@/components/ui/field";
import type { articleLimits } from "@/server/workspace/knowledge-article-schemas";

export interface ArticleValues {
  title: string;
  body: string;
  /** As typed: comma-separated. */
  tags: string;
  published: boolean;
}

export interface KnowledgeArticleFieldsProps {
  values: ArticleValues;
  onChange: (next: Partial<ArticleValues>) => void;
  fields: Record<string, string | undefined>;
  limits: typeof articleLimits;
  /** The body field, between the title and the tags. */
  children: React.ReactNode;
}

/** Title, (body), tags and the published switch of an article, each with the server's message for it. */
export function KnowledgeArticleFields({ values, onChange, fields, limits, children }: KnowledgeArticleFieldsProps) {
  const id = useId();
  return (
    <>
      <Field
        label="Title"
        value={values.title}
        onChange={(event) => onChange({ title: event.target.value })}
        error={fields.title}
        hint={`Say it the way customers ask, e.g. “How to reset your password”; it weighs most in the search. Up to ${limits.title} characters.`}
        autoComplete="off"
        autoFocus={values.title === ""}
      />
      {children}
      <Field
        label="Tags"
        value={values.tags}
        onChange={(event) => onChange({ tags: event.target.value })}
        error={fields.tags}
        hint={`Comma-separated, up to ${limits.tags}: other words customers use, e.g. refund, money back. Saved in lower case.`}
        autoComplete="off"
      />
      <div className="flex items-start gap-2 text-sm">
        <input
          id={`${id}-published`}
          type="checkbox"
          role="switch"
          checked={values.published}
          onChange={(event) => onChange({ published: event.target.checked })}
          aria-describedby={`${id}-published-explained`}
          className="mt-0.5 h-4 w-4 rounded border-slate-300"
        />
        <div>
          <label htmlFor={`${id}-published`} className="font-medium text-slate-900">
            Published
          </label>
          <p id={`${id}-published-explained`} className="text-slate-500">
            {fields.published ?? "Off, the article is a draft: kept here, never shown to customers."}
          </p>
        </div>
      </div>
    </>
  );
}
