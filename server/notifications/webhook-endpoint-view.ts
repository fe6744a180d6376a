import type { WebhookEndpoint } from "../db/generated/client";
import { transcriptMode } from "./transcript-column";

/** An endpoint as the settings page shows it: never the secret, only its last four characters to tell secrets apart. */
export function webhookEndpointView(endpoint: WebhookEndpoint) {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events,
    enabled: endpoint.enabled,
    transcript: transcriptMode(endpoint.transcript),
    secretHint: `whsec_…${endpoint.secret.slice(-4)}`,
    createdAt: endpoint.createdAt,
    updatedAt: endpoint.updatedAt,
  };
}

export type WebhookEndpointView = ReturnType<typeof webhookEndpointView>;
