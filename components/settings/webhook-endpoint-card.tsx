"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { WebhookEndpointSummary } from "@/server/notifications/list-webhook-endpoints";
import { trpcErrorFields } from "./trpc-error-fields";
import { useRefreshWebhooks } from "./use-refresh-webhooks";
import { WebhookDeliveryLog } from "./webhook-delivery-log";
import { WebhookEndpointForm } from "./webhook-endpoint-form";
import { knownWebhookEvents, webhookEventLabel } from "./webhook-events";

const lastDeliveryWords = { DELIVERED: "delivered", PENDING: "waiting to retry", FAILED: "failed" } as const;

export interface WebhookEndpointCardProps {
  endpoint: WebhookEndpointSummary;
  onSecret: (secret: { url: string; secret: string; rotated: boolean }) => void;
  onNotice: (text: string) => void;
}

/** One endpoint: what it receives, and Edit, Delivery log, Rotate secret, Delete. */
const transcriptWords = { none: "not sent", link: "as a signed link", full: "in full" } as const;

export function WebhookEndpointCard({ endpoint, onSecret, onNotice }: WebhookEndpointCardProps) {
  const trpc = useTRPC();
  const refresh = useRefreshWebhooks();
  const [editing, setEditing] = useState(false);
  const [logOpen, setLogOpen] = useState(false);
  const update = useMutation(
    trpc.webhooks.update.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        onNotice(`Saved ${endpoint.url}.`);
        await refresh();
      },
    }),
  );
  const rotate = useMutation(
    trpc.webhooks.rotateSecret.mutationOptions({ onSuccess: (result) => onSecret({ url: endpoint.url, secret: result.secret, rotated: true }) }),
  );
  const remove = useMutation(
    trpc.webhooks.delete.mutationOptions({
      onSuccess: async () => {
        onNotice(`Deleted ${endpoint.url} and its delivery log.`);
        await refresh();
      },
    }),
  );
  const saveError = trpcErrorFields(update.error);
  const actionError = trpcErrorFields(rotate.error ?? remove.error).message;
  const name = endpoint.description || endpoint.url;

  return (
    <li aria-label={`Webhook ${name}`} className="space-y-4 rounded-xl border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <p className="font-mono text-sm break-all text-slate-900">{endpoint.url}</p>
          {endpoint.description ? <p className="text-sm text-slate-600">{endpoint.description}</p> : null}
          <div className="flex flex-wrap gap-1">
            {endpoint.enabled ? <Badge tone="brand">Enabled</Badge> : <Badge tone="amber">Disabled</Badge>}
            {endpoint.events.map((type) => (
              <Badge key={type}>{webhookEventLabel(type)}</Badge>
            ))}
          </div>
          <p className="text-xs text-slate-500">
            Secret <span className="font-mono">{endpoint.secretHint}</span> · transcript {transcriptWords[endpoint.transcript]}
            {endpoint.lastDelivery ? ` · last delivery ${lastDeliveryWords[endpoint.lastDelivery.status]}` : " · nothing sent yet"}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" aria-expanded={editing} aria-label={`Edit ${name}`} onClick={() => setEditing((open) => !open)}>
            Edit
          </Button>
          <Button variant="secondary" aria-expanded={logOpen} aria-label={`Delivery log of ${name}`} onClick={() => setLogOpen((open) => !open)}>
            Delivery log
          </Button>
          <Button
            variant="secondary"
            disabled={rotate.isPending}
            aria-label={`Rotate the secret of ${name}`}
            onClick={() => {
              if (window.confirm(`Rotate the signing secret of ${endpoint.url}? The old secret stops working at once, so update your receiver right after.`)) {
                rotate.mutate({ endpointId: endpoint.id });
              }
            }}
          >
            {rotate.isPending ? "Rotating…" : "Rotate secret"}
          </Button>
          <Button
            variant="danger"
            disabled={remove.isPending}
            aria-label={`Delete ${name}`}
            onClick={() => {
              if (window.confirm(`Delete the webhook endpoint ${endpoint.url}? Its delivery log and pending retries go too.`))
                remove.mutate({ endpointId: endpoint.id });
            }}
          >
            {remove.isPending ? "Deleting…" : "Delete"}
          </Button>
        </div>
      </div>
      {actionError ? <Alert tone="error">{actionError}</Alert> : null}
      {editing ? (
        <WebhookEndpointForm
          label={`Edit webhook ${name}`}
          title="Edit endpoint"
          initial={{
            url: endpoint.url,
            description: endpoint.description,
            events: knownWebhookEvents(endpoint.events),
            enabled: endpoint.enabled,
            transcript: endpoint.transcript,
          }}
          submitLabel="Save endpoint"
          pending={update.isPending}
          error={saveError.message}
          fields={saveError.fields}
          onSubmit={(values) => update.mutate({ endpointId: endpoint.id, ...values })}
          onCancel={() => setEditing(false)}
        />
      ) : null}
      {logOpen ? <WebhookDeliveryLog endpointId={endpoint.id} enabled={endpoint.enabled} /> : null}
    </li>
  );
}
