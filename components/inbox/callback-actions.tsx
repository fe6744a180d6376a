"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import type { InboxCallback } from "./inbox-types";
import { useRefreshInbox } from "./use-refresh-inbox";

/** The call to make: number, when, and marking it done or missed once tried. */
export function CallbackActions({ callback, conversationId }: { callback: InboxCallback; conversationId: string }) {
  const trpc = useTRPC();
  const refresh = useRefreshInbox();
  const options = { onSettled: () => refresh(conversationId) };
  const done = useMutation(trpc.inbox.callbackDone.mutationOptions(options));
  const missed = useMutation(trpc.inbox.callbackMissed.mutationOptions(options));
  const error = done.error ?? missed.error;
  const busy = done.isPending || missed.isPending;
  const open = callback.status === "PENDING";

  return (
    <div className="space-y-2 text-sm">
      <p>
        Call{" "}
        <a href={`tel:${callback.phone}`} className="font-medium text-brand-700 underline underline-offset-2">
          {callback.phone}
        </a>{" "}
        at {callback.dueAt.toLocaleString([], { dateStyle: "medium", timeStyle: "short" })}
      </p>
      {open ? (
        <div className="flex gap-2">
          <Button disabled={busy} onClick={() => done.mutate({ callbackId: callback.id })}>
            Mark done
          </Button>
          <Button variant="secondary" disabled={busy} onClick={() => missed.mutate({ callbackId: callback.id })}>
            Mark missed
          </Button>
        </div>
      ) : (
        <p className="text-slate-600">Callback {callback.status.toLowerCase()}.</p>
      )}
      {error ? (
        <p role="alert" className="text-red-700">
          {error.message}
        </p>
      ) : null}
    </div>
  );
}
