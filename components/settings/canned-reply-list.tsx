"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { CannedReplySummary } from "@/server/workspace/list-canned-replies";
import { CannedReplyCard } from "./canned-reply-card";
import { CannedReplyForm } from "./canned-reply-form";
import { matchesCannedReply } from "./canned-reply-rules";
import { trpcErrorFields } from "./trpc-error-fields";
import { useRefreshCannedReplies } from "./use-refresh-canned-replies";

const plural = (n: number) => `${n} ${n === 1 ? "reply" : "replies"}`;

/** Settings → Canned replies: the workspace's replies with a search, a form for a new one, and Edit / Delete on each. */
export function CannedReplyList({ initialReplies }: { initialReplies: CannedReplySummary[] }) {
  const trpc = useTRPC();
  const refresh = useRefreshCannedReplies();
  const replies = useQuery({ ...trpc.cannedReplies.list.queryOptions(), initialData: initialReplies });
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const create = useMutation(
    trpc.cannedReplies.create.mutationOptions({
      onSuccess: async (reply) => {
        setCreating(false);
        setNotice(`Added /${reply.shortcut}. Agents can insert it now by typing /${reply.shortcut} in the inbox.`);
        await refresh();
      },
    }),
  );
  const { message, fields } = trpcErrorFields(create.error);
  const all = replies.data;
  const shown = all.filter((reply) => matchesCannedReply(reply, query));
  const openNew = () => {
    setNotice(null);
    create.reset();
    setCreating((open) => !open);
  };

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-4">
        <p className="text-sm text-slate-600">Answers agents insert in the inbox by typing “/” and the shortcut — then edit if they like, and send.</p>
        <Button aria-expanded={creating} onClick={openNew}>
          New reply
        </Button>
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {replies.isError ? <Alert tone="error">Couldn&apos;t refresh the replies: {replies.error.message}. Reload the page to try again.</Alert> : null}
      {creating ? (
        <CannedReplyForm
          label="New canned reply"
          title="New reply"
          initial={{ shortcut: "", title: "", text: "" }}
          submitLabel="Add reply"
          pending={create.isPending}
          error={message}
          fields={fields}
          onSubmit={(values) => create.mutate(values)}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {all.length === 0 ? (
        creating ? null : (
          <EmptyState title="No canned replies yet">
            <p>
              Save the answers your agents type again and again — a greeting, your refund policy, a closing line. In a conversation they type “/” and pick one.
            </p>
            <p>
              <Button onClick={openNew}>New reply</Button>
            </p>
          </EmptyState>
        )
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <input
              type="search"
              aria-label="Search canned replies"
              placeholder="Search shortcuts, titles and text"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              className="block w-full max-w-sm rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
            />
            <p role="status" className="text-sm text-slate-500">
              {query.trim() ? `${shown.length} of ${plural(all.length)} match` : plural(all.length)}
            </p>
          </div>
          {shown.length === 0 ? (
            <p className="text-sm text-slate-500">
              No reply matches “{query.trim()}”.{" "}
              <button type="button" className="font-medium text-brand-700 underline" onClick={() => setQuery("")}>
                Clear the search
              </button>
            </p>
          ) : null}
          <ul aria-label="Canned replies" className="space-y-3">
            {shown.map((reply) => (
              <CannedReplyCard key={reply.id} reply={reply} onNotice={setNotice} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
