"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Modal } from "@/components/flows/modal";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ArticleFlowUse } from "@/server/workspace/find-flows-using-articles";
import { ArticleFlowUses } from "./article-flow-uses";
import { trpcErrorFields } from "./trpc-error-fields";
import { useRefreshKnowledgeBase } from "./use-refresh-knowledge-base";

export interface DeletedArticle {
  title: string;
  drafts: { flowId: string; name: string }[];
}

/**
 * Deletes an article after a confirmation that names the flows ticking it.
 * While a live flow answers with it, the dialog explains why it can't go
 * (the server refuses too) and what to do instead.
 */
export function DeleteArticleButton({
  article,
  onDeleted,
}: {
  article: { id: string; title: string; usedBy: ArticleFlowUse[] };
  onDeleted: (deleted: DeletedArticle) => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshKnowledgeBase();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.knowledgeBase.delete.mutationOptions({
      onSuccess: async (result) => {
        setOpen(false);
        onDeleted({ title: result.title, drafts: result.drafts });
        await refresh();
      },
    }),
  );
  const live = article.usedBy.filter((use) => use.live || use.running);
  const drafts = article.usedBy.filter((use) => use.draft && !use.live && !use.running);
  const close = () => {
    remove.reset();
    setOpen(false);
  };

  return (
    <>
      <Button variant="danger" aria-label={`Delete ${article.title}`} onClick={() => setOpen(true)}>
        Delete
      </Button>
      <Modal open={open} onClose={close} title={live.length ? `“${article.title}” is in use` : `Delete “${article.title}”?`}>
        <div className="space-y-4 text-sm text-slate-700">
          {live.length ? (
            <>
              <p>Flows answer customers with this article, so it can&apos;t be deleted now:</p>
              <ArticleFlowUses uses={live} />
              <p>
                Untick it in their Self-service step and publish them, then delete it (chats already running on an earlier version keep it for a day after their
                last message). To stop the bot using it straight away, edit the article and turn <strong>Published</strong> off instead: those steps skip
                drafts.
              </p>
            </>
          ) : (
            <>
              <p>
                The bot stops answering with it at once, and it is <strong>deleted permanently</strong>. This can&apos;t be undone — to keep it without the bot
                using it, unpublish it instead.
              </p>
              {drafts.length ? (
                <div>
                  <p>These flow drafts tick it; the builder will show it as deleted there, to untick before publishing:</p>
                  <ArticleFlowUses uses={drafts} />
                </div>
              ) : null}
            </>
          )}
          {remove.error ? <Alert tone="error">{trpcErrorFields(remove.error).message}</Alert> : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              {live.length ? "Close" : "Cancel"}
            </Button>
            {live.length ? null : (
              <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate({ articleId: article.id })}>
                {remove.isPending ? "Deleting…" : "Delete article"}
              </Button>
            )}
          </div>
        </div>
      </Modal>
    </>
  );
}
