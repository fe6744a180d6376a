"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import type { InboxConversation } from "./inbox-types";
import { useRefreshInbox } from "./use-refresh-inbox";

/** Gives the conversation back to the bot at a chosen step of the same flow version (e.g. the rating). */
export function HandBackForm({ conversation }: { conversation: InboxConversation }) {
  const trpc = useTRPC();
  const refresh = useRefreshInbox();
  const [nodeId, setNodeId] = useState(conversation.handBackNodes[0]?.id ?? "");
  const handBack = useMutation(trpc.inbox.handBack.mutationOptions({ onSettled: () => refresh(conversation.id) }));
  const selectId = useId();

  return (
    <form
      className="space-y-2"
      aria-label="Hand back to the bot"
      onSubmit={(event) => {
        event.preventDefault();
        if (nodeId) handBack.mutate({ conversationId: conversation.id, nodeId });
      }}
    >
      <label htmlFor={selectId} className="block text-sm font-medium text-slate-700">
        Hand back at step
      </label>
      <select
        id={selectId}
        value={nodeId}
        onChange={(event) => setNodeId(event.target.value)}
        aria-describedby={`${selectId}-hint`}
        className="block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
      >
        {conversation.handBackNodes.map((node) => (
          <option key={node.id} value={node.id}>
            {node.label}
          </option>
        ))}
      </select>
      <p id={`${selectId}-hint`} className="text-xs text-slate-500">
        The bot takes over again from this step; you stop receiving this conversation.
      </p>
      {handBack.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {handBack.error.message}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" disabled={!nodeId || handBack.isPending} className="w-full">
        {handBack.isPending ? "Handing back…" : "Hand back to the bot"}
      </Button>
    </form>
  );
}
