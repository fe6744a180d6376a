"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { trpcErrorFields } from "./trpc-error-fields";

/**
 * "Try a question": the articles the bot's own search picks for a customer's
 * message (published only, best first), so admins can tune titles and tags.
 */
export function TryKnowledgeQuestion() {
  const trpc = useTRPC();
  const [question, setQuestion] = useState("");
  const [asked, setAsked] = useState<string | null>(null);
  const result = useQuery({ ...trpc.knowledgeBase.trySearch.queryOptions({ question: asked ?? "" }), enabled: asked !== null, staleTime: 0, retry: false });
  const { message, fields } = trpcErrorFields(result.error);
  const answer = asked !== null && !result.isFetching ? result.data : undefined;

  return (
    <section aria-labelledby="try-question-title" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
      <div>
        <h2 id="try-question-title" className="text-base font-semibold">
          Try a question
        </h2>
        <p className="mt-1 text-sm text-slate-500">
          Type what a customer might write: you see the articles a Self-service step searching the whole knowledge base would show, best first.
        </p>
      </div>
      <form
        noValidate
        aria-label="Try a question"
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (asked === question) void result.refetch();
          else setAsked(question);
        }}
      >
        <Field
          label="Customer question"
          placeholder="e.g. I never got my refund"
          value={question}
          onChange={(event) => setQuestion(event.target.value)}
          error={fields.question}
          autoComplete="off"
        />
        <Button type="submit" variant="secondary" disabled={result.isFetching}>
          {result.isFetching ? "Searching…" : "Search like the bot"}
        </Button>
      </form>
      {message && !fields.question ? (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {answer ? (
          answer.articles.length ? (
            <div className="space-y-2">
              <p className="text-sm text-slate-600">
                The bot would pick {answer.articles.length === 1 ? "this article" : `these ${answer.articles.length} articles`} for “{answer.question}” (a step
                showing fewer shows the first ones):
              </p>
              <ol aria-label="Articles the bot would pick" className="list-decimal space-y-2 pl-5 text-sm">
                {answer.articles.map((article) => (
                  <li key={article.id}>
                    <Link href={`/settings/knowledge-base/${article.id}`} className="font-medium text-slate-900 underline">
                      {article.title}
                    </Link>
                    <p className="line-clamp-3 whitespace-pre-wrap text-slate-600 [overflow-wrap:anywhere]">{article.excerpt}</p>
                  </li>
                ))}
              </ol>
            </div>
          ) : (
            <p className="text-sm text-amber-800">
              No published article matches “{answer.question}”: the Self-service step would take its <strong>No article</strong> exit. Add the customer&apos;s
              words to an article&apos;s title or tags.
            </p>
          )
        ) : null}
      </div>
    </section>
  );
}
