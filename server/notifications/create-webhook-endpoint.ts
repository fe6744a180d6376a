import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import type { OutboundPolicy } from "../flow/address/outbound-policy";
import { assertWebhookTarget } from "./assert-webhook-target";
import { generateWebhookSecret } from "./generate-webhook-secret";
import { transcriptColumn } from "./transcript-column";
import { webhookEndpointView } from "./webhook-endpoint-view";
import type { CreateWebhookInput } from "./webhook-schemas";

export const MAX_ENDPOINTS = 20;

/** A new endpoint with a fresh secret, returned this once in full (the list never shows it again). Internal addresses are refused (policy). */
export async function createWebhookEndpoint(db: PrismaClient, workspaceId: string, input: CreateWebhookInput, policy: OutboundPolicy) {
  if ((await db.webhookEndpoint.count({ where: { workspaceId } })) >= MAX_ENDPOINTS) {
    throw new DomainError(
      "CONFLICT",
      `A workspace can have at most ${MAX_ENDPOINTS} webhook endpoints. Delete one you no longer use, or send several events to one URL.`,
    );
  }
  await assertWebhookTarget(input.url, policy);
  const secret = generateWebhookSecret();
  const endpoint = await db.webhookEndpoint.create({ data: { workspaceId, ...input, transcript: transcriptColumn(input.transcript), secret } });
  return { endpoint: webhookEndpointView(endpoint), secret };
}
