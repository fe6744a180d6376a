"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { WebhookDeliveryView } from "@/server/notifications/webhook-delivery-view";
import { trpcErrorFields } from "./trpc-error-fields";
import { useRefreshWebhooks } from "./use-refresh-webhooks";
import { webhookEventLabel } from "./webhook-events";

const when = (date: Date) => date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" });

const statusStyles = {
  DELIVERED: ["Delivered", "bg-emerald-50 text-emerald-800"],
  PENDING: ["Retrying", "bg-amber-50 text-amber-800"],
  FAILED: ["Failed", "bg-red-50 text-red-800"],
} as const;

/** What happened to a delivery, in a sentence (for the notice after Send test event / Redeliver). */
function outcome(delivery: WebhookDeliveryView, what: string): { tone: "success" | "error"; text: string } {
  if (delivery.status === "DELIVERED")
    return { tone: "success", text: `${what} delivered: the endpoint answered ${delivery.responseStatus} in ${delivery.durationMs} ms.` };
  const retry = delivery.nextAttemptAt ? ` Tandem tries again at ${when(delivery.nextAttemptAt)}.` : "";
  return { tone: "error", text: `${what} not delivered. ${delivery.error ?? ""}${retry}` };
}

/** An endpoint's last 50 deliveries (refreshed every few seconds while open), with Send test event and Redeliver. */
export function WebhookDeliveryLog({ endpointId, enabled }: { endpointId: string; enabled: boolean }) {
  const trpc = useTRPC();
  const refresh = useRefreshWebhooks();
  const log = useQuery({ ...trpc.webhooks.deliveries.queryOptions({ endpointId }), refetchInterval: 5000 });
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const sendTest = useMutation(
    trpc.webhooks.sendTest.mutationOptions({
      onMutate: () => setNotice(null),
      onSuccess: async (delivery) => {
        setNotice(outcome(delivery, "Test event"));
        await refresh();
      },
    }),
  );
  const redeliver = useMutation(
    trpc.webhooks.redeliver.mutationOptions({
      onMutate: () => setNotice(null),
      onSuccess: async (delivery) => {
        setNotice(outcome(delivery, `${webhookEventLabel(delivery.type)} redelivery`));
        await refresh();
      },
    }),
  );
  const failure = trpcErrorFields(sendTest.error ?? redeliver.error).message;

  return (
    <section aria-label="Delivery log" className="space-y-3 border-t border-slate-200 pt-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h3 className="text-sm font-semibold text-slate-900">Delivery log</h3>
          <p className="text-sm text-slate-500">The last 50 deliveries. Failed ones are retried after 30 s, 2 min, 10 min, 1 h and 6 h.</p>
        </div>
        <Button
          variant="secondary"
          disabled={!enabled || sendTest.isPending}
          aria-busy={sendTest.isPending || undefined}
          onClick={() => sendTest.mutate({ endpointId })}
        >
          {sendTest.isPending ? "Sending…" : "Send test event"}
        </Button>
      </div>
      {!enabled ? <p className="text-sm text-slate-500">This endpoint is disabled: enable it to send a test event or redeliver.</p> : null}
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {log.isError ? <Alert tone="error">Couldn&apos;t load the delivery log: {log.error.message}. It retries in a few seconds.</Alert> : null}
      {log.isPending ? <p className="text-sm text-slate-500">Loading deliveries…</p> : null}
      {log.data?.length === 0 ? <p className="text-sm text-slate-500">Nothing sent yet. Send a test event to check the endpoint.</p> : null}
      {log.data && log.data.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">
                  When
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Event
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Status
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Attempts
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Response
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Details
                </th>
                <th scope="col" className="py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {log.data.map((delivery) => {
                const [label, style] = statusStyles[delivery.status];
                return (
                  <tr key={delivery.id} aria-label={`${webhookEventLabel(delivery.type)}, ${label.toLowerCase()}`}>
                    <td className="py-2 pr-3 whitespace-nowrap text-slate-600">{when(delivery.createdAt)}</td>
                    <td className="py-2 pr-3">
                      {webhookEventLabel(delivery.type)}
                      <span className="block font-mono text-xs text-slate-400">{delivery.eventId}</span>
                    </td>
                    <td className="py-2 pr-3">
                      <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${style}`}>{label}</span>
                    </td>
                    <td className="py-2 pr-3 tabular-nums">{delivery.attempts}</td>
                    <td className="py-2 pr-3 tabular-nums">
                      {delivery.responseStatus ?? "—"}
                      {delivery.durationMs !== null ? <span className="block text-xs text-slate-400">{delivery.durationMs} ms</span> : null}
                    </td>
                    <td className="max-w-xs py-2 pr-3 text-slate-600">
                      {delivery.error ? <span className="block">{delivery.error}</span> : null}
                      {delivery.status === "PENDING" && delivery.nextAttemptAt ? (
                        <span className="block text-xs">Next try {when(delivery.nextAttemptAt)}</span>
                      ) : null}
                      {delivery.deliveredAt ? <span className="block text-xs">Delivered {when(delivery.deliveredAt)}</span> : null}
                    </td>
                    <td className="py-2 text-right">
                      <Button
                        variant="ghost"
                        disabled={!enabled || redeliver.isPending}
                        aria-label={`Redeliver ${webhookEventLabel(delivery.type)} of ${when(delivery.createdAt)}`}
                        onClick={() => redeliver.mutate({ deliveryId: delivery.id })}
                      >
                        Redeliver
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
