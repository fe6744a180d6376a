import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { findWebhookEndpoint } from "./find-webhook-endpoint";
import { generateWebhookSecret } from "./generate-webhook-secret";
import type { WebhookIdInput } from "./webhook-schemas";

/** A new secret, effective at once (retries are signed when sent, so they use it too); returned this once in full. */
export async function rotateWebhookSecret(db: PrismaClient, workspaceId: string, input: WebhookIdInput) {
  await findWebhookEndpoint(db, workspaceId, input.endpointId);
  const secret = generateWebhookSecret();
  await db.webhookEndpoint.update({ where: { id: input.endpointId }, data: { secret } });
  return { endpointId: input.endpointId, secret };
}
