"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { takenHere } from "./taken-here";
import { useRefreshInbox } from "./use-refresh-inbox";

/**
 * Accept, resolve and (admins) take over for the open conversation, shared
 * by the buttons and the A / E shortcuts. Losing an accept race comes back as CONFLICT with who
 * won; its message is shown and everything is refetched so the screen shows
 * the winner.
 */
export function useConversationCommands(conversationId: string, customerLabel: string, onAccepted: () => void) {
  const trpc = useTRPC();
  const refresh = useRefreshInbox();
  const accept = useMutation(
    trpc.inbox.accept.mutationOptions({
      onMutate: ({ conversationId: id }) => void takenHere.add(id),
      onSuccess: () => onAccepted(),
      onSettled: () => refresh(conversationId),
    }),
  );
  const resolve = useMutation(trpc.inbox.resolve.mutationOptions({ onSettled: () => refresh(conversationId) }));
  const takeOver = useMutation(
    trpc.inbox.takeOver.mutationOptions({
      onMutate: ({ conversationId: id }) => void takenHere.add(id),
      onSuccess: () => onAccepted(),
      onSettled: () => refresh(conversationId),
    }),
  );

  const acceptNow = useCallback(() => {
    if (!accept.isPending) accept.mutate({ conversationId });
  }, [accept, conversationId]);
  const confirmResolve = useCallback(() => {
    if (resolve.isPending) return;
    if (window.confirm(`Resolve the conversation with ${customerLabel}? It leaves the open queues.`)) resolve.mutate({ conversationId });
  }, [resolve, conversationId, customerLabel]);

  const confirmTakeOver = useCallback(
    (holder: string) => {
      if (takeOver.isPending) return;
      if (window.confirm(`Take over the conversation with ${customerLabel} from ${holder}? It leaves their inbox and the customer is told you joined.`)) {
        takeOver.mutate({ conversationId });
      }
    },
    [takeOver, conversationId, customerLabel],
  );

  const { reset: resetAccept } = accept;
  const { reset: resetResolve } = resolve;
  const { reset: resetTakeOver } = takeOver;
  const dismissErrors = useCallback(() => {
    resetAccept();
    resetResolve();
    resetTakeOver();
  }, [resetAccept, resetResolve, resetTakeOver]);

  return { accept, resolve, takeOver, acceptNow, confirmResolve, confirmTakeOver, dismissErrors };
}
