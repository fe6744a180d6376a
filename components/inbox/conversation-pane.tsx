"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Composer } from "./composer";
import { ContactCard } from "./contact-card";
import { ContextPanel } from "./context-panel";
import { EmailFollowUpBanner } from "./email-follow-up-banner";
import { ConversationActions } from "./conversation-actions";
import { ConversationFooterNote } from "./conversation-footer-note";
import { ConversationHeader } from "./conversation-header";
import { inboxLiveStore } from "./inbox-live-store";
import type { InboxCallback } from "./inbox-types";
import { Transcript } from "./transcript";
import { TypingIndicator } from "./typing-indicator";
import { useConversationCommands } from "./use-conversation-commands";
import { useInboxShortcuts } from "./use-inbox-shortcuts";
import { useLiveConversation } from "./use-live-conversation";
import { newestCustomerSeq, useMarkRead } from "./use-mark-read";
import { useNow } from "./use-now";
import { useOutbox } from "./use-outbox";
import { useTypingSignal } from "./use-typing-signal";

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
  onScheduled,
}: {
  conversationId: string;
  callback: InboxCallback | undefined;
  refetchInterval: number | false;
  onAccepted: () => void;
  onScheduled: () => void;
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
  const typing = useTypingSignal(conversationId);
  const live = useLiveConversation(conversationId);
  const data = conversation.data;
  useMarkRead(data);
  // The customer's message arrived: whatever they were typing is sent.
  const newestFromCustomer = data ? newestCustomerSeq(data) : 0;
  const seenNewest = useRef(newestFromCustomer);
  useEffect(() => {
    if (newestFromCustomer > seenNewest.current) inboxLiveStore.typing(conversationId, false);
    seenNewest.current = newestFromCustomer;
  }, [conversationId, newestFromCustomer]);
  const canResolve = !!data?.canManage;
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
  if (conversation.isError && conversation.data && conversation.error.data?.code === "NOT_FOUND") {
    // It was open a moment ago: someone transferred it to a team we are not in.
    return (
      <section aria-label="Conversation" className="flex flex-1 items-center justify-center p-6">
        <p role="status" className="max-w-md rounded-md border border-slate-200 bg-white p-4 text-sm text-slate-700">
          {conversation.data.customerLabel}&apos;s conversation was transferred to a team you&apos;re not in, so it&apos;s no longer shown here. Pick another
          conversation from the list.
        </p>
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
          takeOver={
            current.canTakeOver
              ? {
                  run: () => commands.confirmTakeOver(current.assignee?.name ?? "the agent"),
                  pending: commands.takeOver.isPending,
                  error: commands.takeOver.error?.message ?? null,
                }
              : null
          }
          onDismissError={commands.dismissErrors}
        />
        {current.emailFollowUp ? <EmailFollowUpBanner followUp={current.emailFollowUp} /> : null}
        <Transcript
          key={current.id}
          conversation={current}
          outgoing={outbox.outgoing}
          customerReadSeq={Math.max(current.customerReadSeq, live.customerReadSeq)}
        />
        <TypingIndicator who={current.customerLabel} typing={live.customerTyping && (current.status === "QUEUED" || current.status === "ASSIGNED")} />
        {current.canReply ? null : <ConversationFooterNote conversation={current} />}
        {/* One composer either way, so what was typed survives accepting (notes only until then). */}
        <Composer
          conversationId={current.id}
          customerLabel={current.customerLabel}
          error={outbox.error}
          onSubmit={outbox.submit}
          placeholders={current.replyPlaceholders}
          textareaRef={composer}
          typing={typing}
          notesOnly={!current.canReply}
        />
      </section>
      <aside aria-label="Conversation details" className="w-72 shrink-0 space-y-5 overflow-y-auto xl:w-80 border-l border-slate-200 bg-white p-4">
        {current.contact ? <ContactCard contact={current.contact} /> : null}
        <ContextPanel conversation={current} now={now} />
        <ConversationActions conversation={current} callback={callback} onScheduled={onScheduled} />
      </aside>
    </>
  );
}
