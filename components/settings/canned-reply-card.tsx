"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CannedReplySummary } from "@/server/workspace/list-canned-replies";
import { CannedReplyForm } from "./canned-reply-form";
import { trpcErrorFields } from "./trpc-error-fields";
import { useRefreshCannedReplies } from "./use-refresh-canned-replies";

/** One canned reply: its shortcut, title and the start of its text, with Edit (in place) and Delete (after a confirmation). */
export function CannedReplyCard({ reply, onNotice }: { reply: CannedReplySummary; onNotice: (text: string) => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshCannedReplies();
  const [editing, setEditing] = useState(false);
  const update = useMutation(
    trpc.cannedReplies.update.mutationOptions({
      onSuccess: async (saved) => {
        setEditing(false);
        onNotice(`Saved /${saved.shortcut}.`);
        await refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.cannedReplies.delete.mutationOptions({
      onSuccess: async (deleted) => {
        onNotice(`Deleted /${deleted.shortcut}. Agents can no longer insert it; messages already sent keep their text.`);
        await refresh();
      },
    }),
  );
  const saveError = trpcErrorFields(update.error);
  const deleteError = trpcErrorFields(remove.error).message;
  const name = `/${reply.shortcut}`;

  return (
    <li aria-label={`Canned reply ${name}`} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1 space-y-1">
          <p className="text-sm">
            <span className="font-mono text-brand-700">{name}</span> <span className="font-medium text-slate-900">{reply.title}</span>
          </p>
          <p className="line-clamp-2 whitespace-pre-line break-words text-sm text-slate-600">{reply.text}</p>
        </div>
        <div className="flex gap-2">
          <Button
            variant="secondary"
            aria-expanded={editing}
            aria-label={`Edit ${name}`}
            onClick={() => {
              update.reset();
              setEditing((open) => !open);
            }}
          >
            Edit
          </Button>
          <Button
            variant="danger"
            disabled={remove.isPending}
            aria-label={`Delete ${name}`}
            onClick={() => {
              if (window.confirm(`Delete the canned reply ${name} (“${reply.title}”)? Agents can no longer insert it.`))
                remove.mutate({ cannedReplyId: reply.id });
            }}
          >
            {remove.isPending ? "Deleting…" : "Delete"}
          </Button>
        </div>
      </div>
      {deleteError ? <Alert tone="error">{deleteError}</Alert> : null}
      {editing ? (
        <CannedReplyForm
          label={`Edit canned reply ${name}`}
          title="Edit reply"
          initial={{ shortcut: reply.shortcut, title: reply.title, text: reply.text }}
          submitLabel="Save reply"
          pending={update.isPending}
          error={saveError.message}
          fields={saveError.fields}
          onSubmit={(values) => update.mutate({ cannedReplyId: reply.id, ...values })}
          onCancel={() => setEditing(false)}
        />
      ) : null}
    </li>
  );
}
