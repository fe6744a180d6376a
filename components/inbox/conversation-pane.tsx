"use client";

import { useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Composer } from "./composer";
import { ContextPanel } from "./context-panel";
import { ConversationActions } from "./conversation-actions";
import { ConversationFooterNote } from "./conversation-footer-note";
import { ConversationHeader } from "./conversation-header";
import type { InboxCallback } from "./inbox-types";
import { Transcript } from "./transcript";
import { useConversationCommands } from "./use-conversation-commands";
import { useInboxShortcuts } from "./use-inbox-shortcuts";
import { useNow } from "./use-now";
import { useOutbox } from "./use-outbox";

/**
 * The open conversation: transcript and composer in the centre, the context
 * package and actions on the right. Mounted per conversation (keyed by id),
 * so a draft or an error never leaks into the next one.
 */
export function ConversationPane({
  conversationId,
  callback,
  refetchInterval,
  onAccepted,
}: {
  conversationId: string;
  callback: InboxCallback | undefined;
  refetchInterval: number | false;
  onAccepted: () => void;
}) {
  const trpc = useTRPC();
  const now = useNow();
  const conversation = useQuery({ ...trpc.inbox.conversation.queryOptions({ conversationId }), refetchInterval });
  const composer = useRef<HTMLTextAreaElement>(null);
  const label = conversation.data?.customerLabel ?? "this customer";
  const commands = useConversationCommands(conversationId, label, () => {
    onAccepted();
    requestAnimationFrame(() => composer.current?.focus());
  });
  const outbox = useOutbox(conversationId);
  const data = conversation.data;
  const canResolve = !!data && (data.status === "QUEUED" || data.status === "ASSIGNED") && (data.canReply || data.canAccept);
  useInboxShortcuts({
    accept: data?.canAccept ? commands.acceptNow : undefined,
    resolve: canResolve ? commands.confirmResolve : undefined,
    compose: data?.canReply ? () => composer.current?.focus() : undefined,
  });

  if (conversation.isPending) {
    return (
      <section aria-label="Conversation" aria-busy="true" className="flex flex-1 items-center justify-center text-sm text-slate-500">
        Loading the conversation…
      </section>
    );
  }
  if (conversation.isError) {
    return (
      <section aria-label="Conversation" className="flex flex-1 items-center justify-center p-6">
        <div role="alert" className="max-w-md rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-800">
          Couldn&apos;t open this conversation: {conversation.error.message}{" "}
          <button type="button" className="font-medium underline" onClick={() => void conversation.refetch()}>
            Retry
          </button>
        </div>
      </section>
    );
  }

  const current = conversation.data;
  return (
    <>
      <section aria-labelledby="conversation-heading" className="flex min-w-0 flex-1 flex-col bg-slate-50">
        <ConversationHeader
          conversation={current}
          now={now}
          accept={{ run: commands.acceptNow, pending: commands.accept.isPending, error: commands.accept.error?.message ?? null }}
          resolve={canResolve ? { run: commands.confirmResolve, pending: commands.resolve.isPending, error: commands.resolve.error?.message ?? null } : null}
          onDismissError={commands.dismissErrors}
        />
        <Transcript key={current.id} conversation={current} outgoing={outbox.outgoing} />
        {current.canReply ? (
          <Composer customerLabel={current.customerLabel} error={outbox.error} onSubmit={outbox.submit} textareaRef={composer} />
        ) : (
          <ConversationFooterNote conversation={current} />
        )}
      </section>
      <aside aria-label="Conversation details" className="w-72 shrink-0 space-y-5 overflow-y-auto xl:w-80 border-l border-slate-200 bg-white p-4">
        <ContextPanel conversation={current} now={now} />
        <ConversationActions conversation={current} callback={callback} />
      </aside>
    </>
  );
}
