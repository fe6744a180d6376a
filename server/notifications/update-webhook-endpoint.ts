import "server-only";
import type { PrismaClient } from "../db/generated/client";
import type { OutboundPolicy } from "../flow/address/outbound-policy";
import { assertWebhookTarget } from "./assert-webhook-target";
import { findWebhookEndpoint } from "./find-webhook-endpoint";
import { transcriptColumn } from "./transcript-column";
import { webhookEndpointView } from "./webhook-endpoint-view";
import type { UpdateWebhookInput } from "./webhook-schemas";

/**
 * Changes an endpoint's URL, description, events, transcript mode or enabled state. Disabling
 * it ends its pending retries at once (marked failed, with why), so they do
 * not go out stale when it is enabled again. A new URL is checked as on
 * create; an unchanged one is not, so an endpoint the server's settings now
 * refuse can still be renamed or disabled (its deliveries are refused anyway).
 */
export async function updateWebhookEndpoint(db: PrismaClient, workspaceId: string, input: UpdateWebhookInput, policy: OutboundPolicy) {
  const { endpointId, ...changes } = input;
  const current = await findWebhookEndpoint(db, workspaceId, endpointId);
  if (changes.url !== current.url) await assertWebhookTarget(changes.url, policy);
  const endpoint = await db.webhookEndpoint.update({ where: { id: endpointId }, data: { ...changes, transcript: transcriptColumn(changes.transcript) } });
  if (!endpoint.enabled) {
    await db.webhookDelivery.updateMany({
      where: { endpointId, status: "PENDING" },
      data: { status: "FAILED", nextAttemptAt: null, error: "The endpoint was disabled before this delivery went out." },
    });
  }
  return webhookEndpointView(endpoint);
}
