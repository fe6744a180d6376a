"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorFields } from "@/components/settings/trpc-error-fields";
import { refreshQueries } from "@/components/providers/refresh-queries";

export type ComposeMode = "reply" | "note";

export interface OutgoingItem {
  key: string;
  mode: ComposeMode;
  text: string;
}

/**
 * Sends replies and internal notes optimistically: the text shows at once as
 * "Sending…", and stays until the refetched transcript has the real message.
 * A failure removes it, keeps the message that says why, and reports false
 * so the composer can put the text back.
 */
export function useOutbox(conversationId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mutateAsync: sendReply } = useMutation(trpc.inbox.send.mutationOptions());
  const { mutateAsync: addNote } = useMutation(trpc.inbox.note.mutationOptions());
  const [outgoing, setOutgoing] = useState<OutgoingItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const counter = useRef(0);

  const submit = useCallback(
    async (mode: ComposeMode, text: string): Promise<boolean> => {
      const key = `out-${++counter.current}`;
      setError(null);
      setOutgoing((current) => [...current, { key, mode, text }]);
      try {
        if (mode === "reply") await sendReply({ conversationId, text });
        else await addNote({ conversationId, text });
        await refreshQueries(queryClient, { queryKey: trpc.inbox.conversation.queryKey({ conversationId }) });
        return true;
      } catch (caught) {
        const { message, fields } = trpcErrorFields(caught);
        setError(`${mode === "reply" ? "Not sent" : "Note not saved"}: ${fields.text ?? message ?? "please try again."}`);
        return false;
      } finally {
        setOutgoing((current) => current.filter((item) => item.key !== key));
      }
    },
    [conversationId, sendReply, addNote, queryClient, trpc],
  );

  return { outgoing, error, submit, clearError: useCallback(() => setError(null), []) };
}
