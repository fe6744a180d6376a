import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { findWebhookEndpoint } from "./find-webhook-endpoint";
import type { WebhookIdInput } from "./webhook-schemas";

/** Removes an endpoint with its delivery log and pending retries. */
export async function deleteWebhookEndpoint(db: PrismaClient, workspaceId: string, input: WebhookIdInput) {
  await findWebhookEndpoint(db, workspaceId, input.endpointId);
  await db.webhookEndpoint.delete({ where: { id: input.endpointId } });
  return { endpointId: input.endpointId };
}
