"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { WebhookEndpointSummary } from "@/server/notifications/list-webhook-endpoints";
import { trpcErrorFields } from "./trpc-error-fields";
import { useRefreshWebhooks } from "./use-refresh-webhooks";
import { WebhookEndpointCard } from "./webhook-endpoint-card";
import { WebhookEndpointForm } from "./webhook-endpoint-form";
import { allWebhookEvents } from "./webhook-events";
import { WebhookSecretNotice } from "./webhook-secret-notice";

/** Settings → Webhooks: the workspace's endpoints, a form for a new one, and the secret shown once after creating or rotating. */
export function WebhookList({ initialEndpoints }: { initialEndpoints: WebhookEndpointSummary[] }) {
  const trpc = useTRPC();
  const refresh = useRefreshWebhooks();
  const endpoints = useQuery({ ...trpc.webhooks.list.queryOptions(), initialData: initialEndpoints });
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ url: string; secret: string; rotated: boolean } | null>(null);
  const create = useMutation(
    trpc.webhooks.create.mutationOptions({
      onSuccess: async (result) => {
        setCreating(false);
        setSecret({ url: result.endpoint.url, secret: result.secret, rotated: false });
        await refresh();
      },
    }),
  );
  const { message, fields } = trpcErrorFields(create.error);

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-4">
        <p className="text-sm text-slate-600">
          Tandem POSTs signed JSON to your endpoints when a customer asks for a person, an agent accepts or resolves, or a callback is booked. Check each
          delivery&apos;s <code className="font-mono text-xs">X-Tandem-Signature</code> with the endpoint&apos;s secret (see docs/webhooks.md).
        </p>
        <Button
          aria-expanded={creating}
          onClick={() => {
            setNotice(null);
            create.reset();
            setCreating((open) => !open);
          }}
        >
          Add endpoint
        </Button>
      </div>
      {secret ? <WebhookSecretNotice {...secret} onDone={() => setSecret(null)} /> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {endpoints.isError ? <Alert tone="error">Couldn&apos;t refresh the endpoints: {endpoints.error.message}. Reload the page to try again.</Alert> : null}
      {creating ? (
        <WebhookEndpointForm
          label="New webhook endpoint"
          title="New endpoint"
          initial={{ url: "", description: "", events: allWebhookEvents, enabled: true, transcript: "link" }}
          submitLabel="Add endpoint"
          pending={create.isPending}
          error={message}
          fields={fields}
          onSubmit={(values) => create.mutate(values)}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {endpoints.data.length === 0 && !creating ? (
        <p className="text-sm text-slate-500">No endpoints yet. Add one to send handoffs and callbacks to your CRM, chat tool or pager.</p>
      ) : null}
      <ul className="space-y-4">
        {endpoints.data.map((endpoint) => (
          <WebhookEndpointCard
            key={endpoint.id}
            endpoint={endpoint}
            onSecret={(next) => {
              setNotice(null);
              setSecret(next);
            }}
            onNotice={(text) => {
              setSecret(null);
              setNotice(text);
            }}
          />
        ))}
      </ul>
    </div>
  );
}
