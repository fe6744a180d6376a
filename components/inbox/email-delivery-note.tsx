"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import type { InboxConversation } from "./inbox-types";
import { useRefreshInbox } from "./use-refresh-inbox";

type Delivery = NonNullable<InboxConversation["messages"][number]["email"]>;

/** Under an agent's reply to an e-mail follow-up: whether its e-mail copy went out, and a way to send it again when it did not. */
export function EmailDeliveryNote({ conversationId, seq, email }: { conversationId: string; seq: number; email: Delivery }) {
  const trpc = useTRPC();
  const refresh = useRefreshInbox();
  const retry = useMutation(trpc.inbox.retryEmail.mutationOptions({ onSettled: () => refresh(conversationId) }));
  if (email.state === "sent") return <span data-testid="email-delivery">E-mailed to {email.to}</span>;
  if (email.state === "sending") return <span data-testid="email-delivery">E-mailing to {email.to}…</span>;
  return (
    <span data-testid="email-delivery" role="alert" className="text-red-700">
      Not e-mailed to {email.to}: {email.error ?? "the mail server refused it."}{" "}
      <button
        type="button"
        disabled={retry.isPending}
        onClick={() => retry.mutate({ conversationId, seq })}
        className="font-medium underline disabled:opacity-60"
      >
        {retry.isPending ? "Sending…" : "Send again"}
      </button>
      {retry.error ? <> · {retry.error.message}</> : null}
    </span>
  );
}
