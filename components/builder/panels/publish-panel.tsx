"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FlowDraft } from "@/server/flow/draft-schema";
import { useEditorData } from "../editor/editor-data";
import { useEditorStores } from "../editor/editor-stores";
import { CopyField } from "./copy-field";
import { embedSnippet } from "./embed-snippet";
import { refreshQueries } from "@/components/providers/refresh-queries";

interface PublishPanelProps {
  flowId: string;
  slug: string;
  /** Saves pending edits first: publishing freezes what the server has. */
  flush: () => Promise<void>;
  adopt: (draft: FlowDraft, draftVersion: number) => void;
}

/** Publish the draft, copy the chat link and embed snippet, and browse, restore or unpublish versions. */
export function PublishPanel({ flowId, slug, flush, adopt }: PublishPanelProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { ui } = useEditorStores();
  const { validation } = useEditorData();
  const editor = useQuery(trpc.flows.get.queryOptions({ flowId }));
  const refresh = () => refreshQueries(queryClient, { queryKey: trpc.flows.get.queryKey({ flowId }) });
  const [notice, setNotice] = useState<string | null>(null);
  const publish = useMutation(
    trpc.flows.publish.mutationOptions({ onSuccess: (result) => setNotice(`Published version ${result.version}.`), onSettled: refresh }),
  );
  const unpublish = useMutation(
    trpc.flows.unpublish.mutationOptions({ onSuccess: () => setNotice("Unpublished: the chat link no longer starts new chats."), onSettled: refresh }),
  );
  const restore = useMutation(
    trpc.flows.restoreVersion.mutationOptions({
      onSuccess: (result) => {
        adopt(result.draft as FlowDraft, result.draftVersion);
        setNotice("Restored into the draft. Publish to make it live.");
      },
      onSettled: refresh,
    }),
  );
  const errors = validation.problems.filter((problem) => problem.severity === "error").length;
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const live = editor.data?.flow.publishedVersion ?? null;
  const failure = publish.error ?? unpublish.error ?? restore.error;
  const failureProblems = failure instanceof TRPCClientError ? ((failure.data as { problems?: { message: string }[] } | undefined)?.problems ?? []) : [];

  return (
    <div className="space-y-5 p-4" data-testid="publish-panel">
      <section>
        <p className="text-sm text-slate-700">
          {live ? `Version ${live} is live.` : "This flow is not published yet: its chat link does not answer."}
          {live && editor.data?.flow.hasUnpublishedChanges ? " The draft has changes customers don't see yet." : ""}
        </p>
        {errors ? (
          <p className="mt-2 text-sm text-red-700">
            Fix {errors} problem{errors === 1 ? "" : "s"} before publishing.{" "}
            <button type="button" className="font-medium underline" onClick={() => ui.getState().setPanel("problems")}>
              Show problems
            </button>
          </p>
        ) : null}
        <Button
          className="mt-3 w-full"
          disabled={errors > 0 || publish.isPending}
          onClick={async () => {
            setNotice(null);
            await flush();
            publish.mutate({ flowId });
          }}
        >
          {publish.isPending ? "Publishing…" : live ? "Publish changes" : "Publish"}
        </Button>
        {notice ? (
          <p role="status" className="mt-2 text-sm text-emerald-700">
            {notice}
          </p>
        ) : null}
        {failure ? (
          <Alert tone="error">
            {failure.message}
            {failureProblems.length ? (
              <ul className="mt-1 list-disc pl-4">
                {failureProblems.map((problem, index) => (
                  <li key={index}>{problem.message}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
      </section>
      {live ? (
        <section className="space-y-3">
          <CopyField label="Chat link" value={`${origin}/c/${slug}`} />
          <div>
            <CopyField label="Embed snippet" rows={7} value={embedSnippet(origin, slug)} />
            <p className="mt-1 text-xs text-slate-500">
              Paste it before <code>&lt;/body&gt;</code> on any page of your site: it adds a chat button in the corner. Optional attributes:{" "}
              <code>data-color=&quot;#0f766e&quot;</code> (button colour), <code>data-position=&quot;left&quot;</code>,{" "}
              <code>data-greeting=&quot;Questions? We&apos;re here.&quot;</code> (a bubble until opened or dismissed), <code>data-label=&quot;Help&quot;</code>{" "}
              (text on the button), <code>data-open=&quot;true&quot;</code> (start open). From your own code: <code>Tandem.open()</code>,{" "}
              <code>Tandem.close()</code>, <code>Tandem.toggle()</code>, <code>Tandem.identify(…)</code> — even before the chat has loaded (the first{" "}
              <code>&lt;script&gt;</code> queues the calls).
            </p>
          </div>
          <a href={`/c/${slug}`} target="_blank" rel="noreferrer" className="inline-block text-sm font-medium text-brand-700 hover:underline">
            Open the chat
          </a>
        </section>
      ) : null}
      <section>
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Version history</h3>
        {editor.data?.versions.length ? (
          <ol className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
            {editor.data.versions.map((version) => (
              <li key={version.id} className="flex items-center justify-between gap-2 px-3 py-2 text-sm">
                <span>
                  v{version.number}
                  {version.number === live ? <span className="ml-1 text-xs text-emerald-700">live</span> : null}
                  <span className="block text-xs text-slate-500">
                    {new Date(version.publishedAt).toLocaleString()} · {version.publishedByName ?? "someone"}
                  </span>
                </span>
                <Button
                  variant="ghost"
                  disabled={restore.isPending}
                  onClick={() => {
                    if (window.confirm(`Replace the current draft with version ${version.number}?`)) restore.mutate({ flowId, versionId: version.id });
                  }}
                >
                  Restore
                </Button>
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-2 text-sm text-slate-500">No versions yet.</p>
        )}
      </section>
      {live ? (
        <Button variant="danger" className="w-full" disabled={unpublish.isPending} onClick={() => unpublish.mutate({ flowId })}>
          Unpublish
        </Button>
      ) : null}
    </div>
  );
}
