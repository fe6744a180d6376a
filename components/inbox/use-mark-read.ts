"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTRPC } from "@/components/providers/trpc";
import type { InboxConversation } from "./inbox-types";
import { usePageVisible } from "./use-page-visible";
import { refreshQueries } from "@/components/providers/refresh-queries";

/** The seq of the customer's newest message (0 when they have said nothing). */
export function newestCustomerSeq(conversation: Pick<InboxConversation, "messages">): number {
  for (let i = conversation.messages.length - 1; i >= 0; i--) if (conversation.messages[i]!.author === "customer") return conversation.messages[i]!.seq;
  return 0;
}

/**
 * Marks the open conversation read up to the customer's newest message while
 * the tab is in front — so the row loses its unread dot and the customer
 * sees "Seen". Each position is sent once.
 */
export function useMarkRead(conversation: InboxConversation | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const visible = usePageVisible();
  const sent = useRef(0);
  const { mutate } = useMutation(
    trpc.inbox.markRead.mutationOptions({ onSuccess: () => refreshQueries(queryClient, { queryKey: trpc.inbox.list.queryKey() }) }),
  );
  const conversationId = conversation?.id;
  const newest = conversation ? newestCustomerSeq(conversation) : 0;
  const stored = conversation?.agentReadSeq ?? 0;

  useEffect(() => {
    if (!conversationId || !visible || newest <= stored || newest <= sent.current) return;
    sent.current = newest;
    mutate(
      { conversationId, seq: newest },
      {
        onError: () => {
          sent.current = 0; // try again with the next change
        },
      },
    );
  }, [conversationId, visible, newest, stored, mutate]);
}
